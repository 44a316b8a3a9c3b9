#pragma once
// Reading a rule set document (the shape is in core/policy/rule_set.hpp).
#include "core/policy/rule_set.hpp"

#include <nlohmann/json.hpp>

namespace proximity::policy {

// Throws InputError with the JSON path of the first problem, e.g.
// "rules[3].condition.all[0].fact".
RuleSet read_rule_set(const nlohmann::json& document);

}  // namespace proximity::policy
