#pragma once
// Today's methods' inputs (the plan, profile and history a call carries, or those the
// engine keeps) and answers (a prepared session, every session's loads, a profile read).
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"
#include "core/plan/plan.hpp"
#include "core/profile/profile.hpp"
#include "core/session/prepare_session.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

namespace proximity::session {

// The plan at in.plan (required; errors under "plan.").
plan::Plan read_plan_field(const nlohmann::json& in, const exercise::ExerciseLibrary& library);
// The history at in.history, else `kept`, else an empty history.
std::shared_ptr<const history::History> read_history_or(const nlohmann::json& in,
                                                        std::shared_ptr<const history::History> kept,
                                                        const exercise::ExerciseLibrary& library);

// prepareSession's answer.
nlohmann::json prepared_session_json(const PreparedSession& p);
// planLoads' answer: {unit, weeks: [{sessions: [{exercises: [{e1rm, sets: [{load, percent, fixed, perSide?} | null]}]}]}]}
nlohmann::json plan_loads_json(const std::vector<std::vector<PreparedSession>>& weeks, units::Unit unit);
// readProfile's answer: {profile, spotter, choices}.
nlohmann::json read_profile_json(const profile::Profile& p);

}  // namespace proximity::session
