#pragma once
// The two scales a set's effort is given on, stated once for every reader: reps in
// reserve (RIR) and RPE on the RIR-based scale of Zourdos et al. 2016 (RPE = 10 - RIR).
#include "core/common/limit.hpp"

namespace proximity {

constexpr Limit kRirLimit{0, 10, 0.5, "the RIR scale runs from 0 (failure) to 10 reps left, in half reps"};
constexpr Limit kRpeLimit{5, 10, 0.5, "the RPE scale runs from 5 (far from failure) to 10 (failure), in half steps"};

}  // namespace proximity
