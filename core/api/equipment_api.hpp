#pragma once
// Adapters (answers written value by value, core/common/answer_writer.hpp) for loads and units (core/load, core/units): px.roundLoad,
// px.defaultEquipment, px.convertUnit.

#include "core/common/answer_writer.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

void round_load(const nlohmann::json& input, AnswerWriter& out);
void default_equipment(const nlohmann::json& input, AnswerWriter& out);
void convert_unit(const nlohmann::json& input, AnswerWriter& out);

}  // namespace proximity::api
