#pragma once
// Compiling a rule's condition from its JSON (the language is in core/policy/condition.hpp).
#include "core/policy/condition.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace proximity::policy {

// Throws InputError naming the path, e.g. "rules[3].condition.all[0].fact".
Condition read_condition(const nlohmann::json& value, const std::string& path);

}  // namespace proximity::policy
