#pragma once
// What a lifter's history says for the sessions of a plan (core/analysis), and every
// session of the plan prepared with it (prepare_session.hpp).
#include "core/analysis/history_analysis.hpp"
#include "core/session/prepare_session.hpp"

#include <optional>
#include <vector>

namespace proximity::session {

// None without workouts.
std::optional<analysis::HistoryAnalysis> analysis_for_plan(const history::History& h, const plan::Plan& p,
                                                           const profile::Profile& lifter, load::Formula formula,
                                                           const exercise::ExerciseLibrary& library,
                                                           const policy::RuleSet& rules);

// Every week's sessions, prepared (planLoads).
std::vector<std::vector<PreparedSession>> prepare_all_sessions(const plan::Plan& p, const profile::Profile& lifter,
                                                               const history::History& h,
                                                               const exercise::ExerciseLibrary& library,
                                                               const policy::RuleSet& rules, load::Formula formula);

}  // namespace proximity::session
