#pragma once
// The deload week that closes a generated block: the last accumulation week with about
// half the sets (each exercise keeps half its working sets; odd counts round up and down
// in turn within a session, so 3, 3, 5 keep 2, 1, 3; at least 1 per exercise),
// every set well short of failure (compounds RIR 4, isolation RIR 3; the "RIR 3-4+"
// deload of the issue and seed 002's "deload to dissipate fatigue"), no failure and no
// intensity techniques (seed 001: never failure during deload weeks). Phase "deload",
// so the failure policy knows it too.
#include "core/exercise/exercise_library.hpp"
#include "core/plan/plan.hpp"

#include <cmath>

namespace proximity::plan {

constexpr double kDeloadCompoundRir = 4.0;
constexpr double kDeloadIsolationRir = 3.0;

// A muscle's hard sets in a one-week local deload (a fatigue sign's, and the one session
// feedback turns to): half its usual weekly hard sets, rounded up.
inline double local_deload_sets(double weekly_hard_sets) { return std::ceil(weekly_hard_sets / 2.0); }

Week deload_week(const Week& last_week, const exercise::ExerciseLibrary& library);

}  // namespace proximity::plan
