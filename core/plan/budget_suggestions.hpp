#pragma once
// Stage 4 of evaluate_plan: concrete changes, naming sessions and exercises, for weeks
// over their fatigue budget and for muscles above their landmarks. For a week over
// budget, candidates are ranked by the fatigue they save and taken until the week fits:
//   moveFailure    a compound's failure set stops at RIR 1 (or the policy's minimum)
//                  and an isolation exercise for the same muscle in the same session,
//                  where the policy allows failure, takes the failure set instead
//                  (seed 001/004: failure on isolation and machine work, not compounds)
//   stopShort      a failure set stops at RIR 1 (or the policy's minimum) instead
//   dropTechnique  an intensity technique is dropped (seed 001: use them sparingly)
//   cutSets        a muscle's hard sets are cut, from its biggest session, down to the
//                  landmark max (or, if the week is still over, to the middle of the
//                  productive range)
//   trimSets       the last resort: sets trimmed across the week from the exercises
//                  whose sets cost most (never below 2 hard sets per exercise)
// Muscles above their ceiling get a cutSets suggestion even when the budget holds.
#include "core/plan/plan_evaluation.hpp"

namespace proximity::plan {

std::vector<Suggestion> budget_suggestions(const Plan& plan, const PlanEvaluation& evaluation);

}  // namespace proximity::plan
