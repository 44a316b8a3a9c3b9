#pragma once
// Stage 2 of evaluate_plan: asks the failure-policy engine (policy::advise_set) for the
// verdict on every planned working set, with the context the plan gives it (lifter
// status, spotter, set k of n, exercise position in the session, week phase, the
// muscle's weekly hard sets and how many sessions of the week repeat the exercise), and
// records where the plan asks for more than the policy advises:
//   - a set planned to failure whose verdict is not "failure"
//   - a set planned closer to failure (lower RIR) than the advised RIR range
//   - a set with an intensity technique the policy does not allow for it.
// Planning a set easier than advised is not a contradiction (early weeks of a block do).
#include "core/plan/plan_evaluation.hpp"

namespace proximity::plan {

void judge_sets(const Plan& plan, const policy::RuleSet& rules, PlanEvaluation& evaluation);

}  // namespace proximity::plan
