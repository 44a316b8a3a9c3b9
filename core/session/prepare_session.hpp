#pragma once
// Builds today's session from the plan at (week, session) and the lifter profile. The
// policy gets the full context: the profile's status, calibration and safety setup
// (profile::counts_as_spotter), set k of n, the exercise's position, the week's phase and
// effort level, the muscle's hard sets in the whole planned week and how often the week
// repeats the exercise (plan/weekly_sets.hpp: the same week the planner judges by). Working
// e1RMs come from the profile, or, where it has none, from the history's latest set of
// the exercise with a called effort (source "history").
// With the history's analysis (core/analysis, run with this plan and profile), the
// session learns from the history: the exercise's e1RM is its trend (analysis::trend_e1rm,
// source "history", dated its last session) unless the profile holds a calculator or
// typed e1RM dated later; the sets at the first working set's target take the analysis's
// load for this session (analysis::session_loads: from the trend, or one loadable step
// up when the last session beat the target), with its reason; and the fatigue signs of
// the exercise's primary muscles (analysis::fatigue_signs, e.g. a performance drop) go
// to the failure policy as fatigue.signs for every working set.
// The lifter's RIR calibration (the analysis's model, else the profile's saved one) gives
// each exercise its correction and each biased set its felt target; where the exercise's
// class needs a test and the policy allows one (a safe last set, no deload, no fatigue sign),
// the session's first such set proposes it.
#include "core/analysis/history_analysis.hpp"
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"
#include "core/plan/plan.hpp"
#include "core/plan/plan_evaluation.hpp"
#include "core/policy/rule_set.hpp"
#include "core/profile/profile.hpp"
#include "core/session/prepared_session.hpp"

namespace proximity::session {

// Throws InputError("week" / "session") when the position is not in the plan.
// `evaluation`: the plan's evaluation when the caller has it (several sessions of one plan).
PreparedSession prepare_session(const plan::Plan& plan, int week, int session, const profile::Profile& lifter,
                                const history::History* history, const exercise::ExerciseLibrary& library,
                                const policy::RuleSet& rules, const plan::PlanEvaluation* evaluation = nullptr,
                                const analysis::HistoryAnalysis* learnt = nullptr,
                                load::Formula formula = load::kDefaultFormula);

// The history's latest estimate of an exercise's e1RM (in the lifter's unit), from its most
// recent set with a called effort or taken to failure (reps 1-30), on the effective load
// (the lifter's body weight that day for a bodyweight or assisted exercise).
std::optional<profile::WorkingMax> history_max(const history::History& h, const exercise::Exercise& e,
                                               const profile::Profile& lifter,
                                               load::Formula formula = load::kDefaultFormula);

}  // namespace proximity::session
