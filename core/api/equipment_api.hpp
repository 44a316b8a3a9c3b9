#pragma once
// JSON adapters (answers written as text, core/json/json_writer.hpp) for loads and units (core/load, core/units): px.roundLoad,
// px.defaultEquipment, px.convertUnit.

#include "core/json/json_writer.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

void round_load(const nlohmann::json& input, JsonWriter& out);
void default_equipment(const nlohmann::json& input, JsonWriter& out);
void convert_unit(const nlohmann::json& input, JsonWriter& out);

}  // namespace proximity::api
