#pragma once
// How hard a set was (or is to be): reps done plus reps in reserve (RIR).
// RPE on the RIR-based scale of Zourdos et al. 2016 is RPE = 10 - RIR.
// Read from JSON by core/json/effort_json.hpp.
#include "core/common/effort_scale.hpp"

namespace proximity::load {

struct Effort {
    double reps = 0;  // whole reps performed (kRepsLimit)
    double rir = 0;   // reps in reserve, 0-10 in half steps
    double reps_to_failure() const { return reps + rir; }
    double rpe() const { return 10.0 - rir; }
};

// Reps of a set whose load the calculator estimates from or for.
constexpr Limit kRepsLimit{1, 30, 1,
                           "past 30 reps the one-rep-max equations no longer predict: most put such a set under half "
                           "the one-rep max, lighter than any set they were fitted on"};
constexpr int kMinReps = static_cast<int>(kRepsLimit.min);
constexpr int kMaxReps = static_cast<int>(kRepsLimit.max);
constexpr double kMaxRir = kRirLimit.max;

}  // namespace proximity::load
