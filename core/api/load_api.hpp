#pragma once
// JSON adapters for load estimation: px.estimateOneRepMax, px.loadForTarget, px.loadTable.
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json estimate_one_rep_max(EngineState& state, const nlohmann::json& input);
nlohmann::json load_for_target(EngineState& state, const nlohmann::json& input);
nlohmann::json load_table(EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
