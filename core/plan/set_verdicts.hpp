#pragma once
// Stage 2 of evaluate_plan: asks the failure-policy engine (policy::advise_set) for the
// verdict on every planned working set, with the context the plan gives it (lifter
// status, spotter, set k of n, exercise position in the session, week phase, the
// muscle's weekly hard sets and how many sessions of the week repeat the exercise, both
// from the whole planned week: weekly_sets.hpp), and
// records where the plan asks for more than the policy advises:
//   - a set planned to failure whose verdict is not "failure"
//   - a set planned closer to failure (lower RIR) than the advised RIR range
//   - a set with an intensity technique the policy does not allow for it
//   - one use of a technique more in a session than its rule's perSession (seed 001: at
//     most 1-2 drop sets a session; over_session_limit, also used by Today).
// Planning a set easier than advised is not a contradiction (early weeks of a block do).
#include "core/plan/plan_evaluation.hpp"

namespace proximity::plan {

// Week k of a failure block, for callers that advise one session (core/session). The
// weekly sets and frequency a set is judged by: weekly_sets.hpp (planned_week).
int failure_block_week(const Plan& plan, int week);

// Counts one more use of technique `t` in the session (`used`, per technique) and tells
// whether that goes past the allowing rule's perSession.
bool over_session_limit(policy::Technique t, const policy::Advice& advice, std::array<int, policy::kTechniqueCount>& used);

// The policy's advice held to the week's effort level (Week::effort_rir): no closer to
// failure than `effort` reps; the verdict follows the raised target.
void hold_to_week_level(SetEvaluation& se, std::optional<double> effort);

// The plan is the advice: the same failure call, and the RIR within the target range.
bool follows_advice(const PlannedSet& set, const SetEvaluation& se);

void judge_sets(const Plan& plan, const policy::RuleSet& rules, PlanEvaluation& evaluation,
                const PlanFatigue& fatigue = {});

}  // namespace proximity::plan
