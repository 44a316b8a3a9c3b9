#pragma once
// JSON adapters for loads and units (core/load, core/units): px.roundLoad,
// px.defaultEquipment, px.convertUnit.
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json round_load(EngineState& state, const nlohmann::json& input);
nlohmann::json default_equipment(EngineState& state, const nlohmann::json& input);
nlohmann::json convert_unit(EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
