#pragma once
// What a rule does when its condition holds. The JSON object may combine:
//   "verdict": "stop-short"                 recommend a verdict            (recommendation)
//   "rir": {"min": 1, "max": 3}             recommend an RIR range         (recommendation)
//   "adjustRir": {"min": 0, "max": 1}       widen (+) or narrow (-) the recommended range
//   "capVerdict": "no-failure"              the verdict may be no closer to failure (constraint)
//   "limitRir": {"min": 2, "max": 4}        hard bounds on the range (constraint; either side)
//   "techniques": {"dropSet": {"allow": true, "limit": "1-2 per session", "perSession": 2}, ...}
//   "calibrationTest": {"allow": true, "limit": "..."}
// "Deny failure" is capVerdict "stop-short"; "never failure" is capVerdict "no-failure".
// The JSON reader: core/json/effect_json.hpp.
#include "core/policy/technique.hpp"
#include "core/policy/verdict.hpp"

#include <array>
#include <optional>
#include <string>

namespace proximity::policy {

struct TechniqueEffect {
    bool present = false;
    bool allow = false;
    std::string limit;    // how far it may be used, for people
    int per_session = 0;  // 0 = not stated
};

struct Effect {
    std::optional<Verdict> verdict;
    std::optional<RirRange> rir;
    bool adjusts = false;
    double adjust_min = 0, adjust_max = 0;
    std::optional<Verdict> cap;
    std::optional<double> rir_floor, rir_ceiling;
    std::array<TechniqueEffect, kTechniqueCount> techniques{};

    bool recommends() const { return verdict || rir; }
    bool constrains() const { return cap || rir_floor || rir_ceiling; }
    bool touches_techniques() const;
};

constexpr double kMaxRir = 10;

}  // namespace proximity::policy
