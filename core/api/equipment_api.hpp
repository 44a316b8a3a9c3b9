#pragma once
// JSON adapters for loads and units (core/load, core/units): px.roundLoad,
// px.defaultEquipment, px.convertUnit.

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json round_load(const nlohmann::json& input);
nlohmann::json default_equipment(const nlohmann::json& input);
nlohmann::json convert_unit(const nlohmann::json& input);

}  // namespace proximity::api
