#pragma once
// JSON API of the lifter profile (core/profile) and today's session (core/session). The
// plan travels with each call; the profile and the history too, or the ones kept in the
// engine with px.setHistory({history, profile}) are used.
//   readProfile    {profile} -> {profile (normalized, every field), spotter (what the
//                   failure policy counts), choices: {unit, status, safety, source}}
//   prepareSession {plan, week?: 0, session?: 0, profile?, history?}
//                  -> {week, session, name, weekLabel, phase, unit, next: {week, session} | null,
//                      exercises: [{exercise, name, position, note, supersetWithPrevious, e1rm: {value, date, source} | null,
//                                   equipment, rest: {seconds, restPauseSeconds, class},
//                                   loadBasis, loadReason (null without a history: where the
//                                   loads come from, trend|stepUp|missed|planned|noHistory,
//                                   and why), fatigue: {signs: ["performanceDrop"], advice: [text]},
//                                   sets: [{warmup, set, of, reps, rir, rpe, failure, technique?,
//                                           load, percent, fixed, rounded?, verdict, verdictLabel,
//                                           targetRir: {min, max}, reason, follows, weeklySets}]}]}
//                  (week, session: 0-based; load, percent null without an e1RM). With a
//                  history, it is analysed with this plan and profile (core/analysis): the
//                  e1RM trend and its next loads, and the fatigue signs for the policy
//                  (core/session/prepare_session.hpp)
//   planLoads      {plan, profile?, history?} -> {unit, weeks: [{sessions: [{exercises:
//                      [{e1rm, sets: [{load, percent, fixed, perSide?} | null]}]}]}]}
//                  (the prescribed load of every planned set, rounded, for the planner)
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json read_profile(const EngineState& state, const nlohmann::json& input);
nlohmann::json prepare_session(const EngineState& state, const nlohmann::json& input);
nlohmann::json plan_loads(const EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
