#pragma once
// JSON API of Today's session flow: what follows a logged set (core/session/
// session_order.hpp: supersets in alternation, one rest per round), the exercises that can
// replace one (core/exercise/swap_candidates.hpp) and a swap kept in the plan
// (core/plan/plan_swap.hpp). Fields: core/shapes/session_flow_contract.hpp.
//   nextInSession  {exercises: [{planned, done, supersetWithPrevious?, rest}], logged, rest}
//                  -> {exercise, rest, roundDone, round, rounds}
//   swapCandidates {exercise} -> [exercise]   (closest first; empty: nothing trains the same muscles)
//   swapInPlan     {plan, week, session, index, exercise} -> {plan, changed}
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json next_in_session(const nlohmann::json& input);
nlohmann::json swap_candidates(const EngineState& state, const nlohmann::json& input);
nlohmann::json swap_in_plan(const EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
