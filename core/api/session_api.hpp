#pragma once
// JSON API of the lifter profile (core/profile) and today's session (core/session). The
// profile and the plan travel with each call (the pages store them); the engine keeps none.
//   readProfile    {profile} -> {profile (normalized, every field), spotter (what the
//                   failure policy counts), choices: {unit, status, safety, source}}
//   prepareSession {plan, week?: 0, session?: 0, profile?, history?}
//                  -> {week, session, name, weekLabel, phase, unit, next: {week, session} | null,
//                      exercises: [{exercise, name, position, note, e1rm: {value, date, source} | null,
//                                   equipment, rest: {seconds, restPauseSeconds, class},
//                                   sets: [{warmup, set, of, reps, rir, rpe, failure, technique?,
//                                           load, percent, fixed, rounded?, verdict, verdictLabel,
//                                           targetRir: {min, max}, reason, follows, weeklySets}]}]}
//                  (week, session: 0-based; load, percent null without an e1RM)
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
