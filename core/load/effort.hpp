#pragma once
// How hard a set was (or is to be): reps done plus reps in reserve (RIR).
// RPE on the RIR-based scale of Zourdos et al. 2016 is RPE = 10 - RIR.
#include <nlohmann/json.hpp>

#include <string>

namespace proximity::load {

struct Effort {
    double reps = 0;  // whole reps performed (1-30)
    double rir = 0;   // reps in reserve, 0-10 in half steps
    double reps_to_failure() const { return reps + rir; }
    double rpe() const { return 10.0 - rir; }
};

constexpr int kMinReps = 1;
constexpr int kMaxReps = 30;
constexpr double kMaxRir = 10.0;
constexpr double kMinRpe = 5.0;

// Reads {reps, rir} or {reps, rpe} from `obj` (exactly one of rir/rpe; neither is an
// error, never RIR 0). Errors name the field under `parent`.
Effort read_effort(const nlohmann::json& obj, const std::string& parent = "");

}  // namespace proximity::load
