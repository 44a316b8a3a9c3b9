#pragma once
// Adapters (answers written value by value, core/common/answer_writer.hpp) for load estimation (core/load): e1RM, the load for a target, the load
// table, rounding to equipment, unit conversion and RIR calibration. Shapes and
// sources: core/load/README.md.

#include "core/common/answer_writer.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

void estimate_one_rep_max(const nlohmann::json& input, AnswerWriter& out);
void load_for_target(const nlohmann::json& input, AnswerWriter& out);
void load_table(const nlohmann::json& input, AnswerWriter& out);
void calibrate_rir(const nlohmann::json& input, AnswerWriter& out);

}  // namespace proximity::api
