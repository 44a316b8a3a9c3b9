#pragma once
// JSON API of the exercise library (core/exercise):
//   exercises   {ids?: [...]}     -> [{id, name, class, equipment, primary, secondary, risk, custom}]
//                                    (all of them, or the ones named, in that order)
//   muscles     {}                -> [{id, name}]
//   addExercise {id, name, class, equipment, primary, secondary?, risk?} -> the stored exercise
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json exercises(const EngineState& state, const nlohmann::json& input);
nlohmann::json muscles(const nlohmann::json& input);
nlohmann::json add_exercise(EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
