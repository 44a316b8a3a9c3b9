#pragma once
// Whether an answer holds only what its description (core/shapes) says: every field it
// writes is described, of the described type, and so on down the nested shapes. Used by
// shapes_test (chosen answers) and vectors_test (the answer of every shared vector).
#include "core/shapes/field.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace proximity::testing {

// Empty when `value` (at path `at`) holds only described fields of their types; otherwise
// one line per field that is not.
std::string undescribed(const nlohmann::json& value, const shapes::Fields& fields, const std::string& at);

}  // namespace proximity::testing
