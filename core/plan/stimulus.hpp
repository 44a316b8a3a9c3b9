#pragma once
// Growth stimulus of one planned set, the fitness input of the fitness-fatigue model
// (plan_simulation.hpp). Fatigue is fed with the fatigue cost (fatigue_cost.hpp), which
// rises steeply near failure; stimulus is not, because the evidence says failure adds
// little growth for much more fatigue:
//
//   stimulus = 0 for a set that is not a hard set (hard_sets.hpp), else
//              1 - kStimulusPerRir x RIR            (RIR 0 for a failure set)
//
// A hard set at RIR 3 gives 0.85 of a set to failure, RIR 1 gives 0.95. The direction
// follows Robinson et al. 2024 (Sports Med; hypertrophy rises as sets end closer to
// failure) and the trivial failure effect of Refalo et al. 2023 (ES 0.19) and Grgic et al.
// 2022; the slope of 5 % per rep in reserve is a modelling choice, not a published figure.
// Techniques add no stimulus: a drop or rest-pause set counts as one set, as in counting.
#include "core/plan/counting_rules.hpp"
#include "core/plan/plan.hpp"

namespace proximity::plan {

constexpr double kStimulusPerRir = 0.05;

double set_stimulus(const PlannedSet& set, const CountingRules& rules);

}  // namespace proximity::plan
