#pragma once
// A JSON document written value by value into an answer (core/common/answer_writer.hpp):
// how Engine::answer gives the result of a method that builds a document, so that every
// method answers through either path.
#include "core/common/answer_writer.hpp"

#include <nlohmann/json.hpp>

namespace proximity {

void write_json_value(const nlohmann::json& value, AnswerWriter& out);

}  // namespace proximity
