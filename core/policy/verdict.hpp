#pragma once
// The answer to "should this set go to failure?", from closest to failure to furthest:
//   failure       take the set to momentary muscular failure (RIR 0)
//   near-failure  finish one rep short of failure (target RIR 1-2); never planned at RIR 0
//   stop-short    leave reps in reserve (RIR 1 or more, usually 2+); do not go to failure
// Only `failure` may carry a target that includes RIR 0: RIR 0 is failure.
//   no-failure    failure is ruled out for safety or recovery; keep the stated reserve
#include <optional>
#include <string>

namespace proximity::policy {

enum class Verdict { Failure, NearFailure, StopShort, NoFailure };

const char* verdict_id(Verdict v);     // "failure", "near-failure", "stop-short", "no-failure"
const char* verdict_label(Verdict v);  // "Go to failure", ... (for people)
std::optional<Verdict> verdict_from_id(const std::string& id);
std::string verdict_ids_list();        // for error messages

// The lowest target RIR of every verdict below failure.
constexpr double kMinRirShortOfFailure = 1.0;

// How far from failure the verdict keeps the lifter: 0 (failure) .. 3 (no-failure).
inline int caution(Verdict v) { return static_cast<int>(v); }
inline Verdict more_cautious(Verdict a, Verdict b) { return caution(a) >= caution(b) ? a : b; }

// Reps in reserve to aim for, inclusive.
struct RirRange {
    double min = 1;
    double max = 3;
};

}  // namespace proximity::policy
