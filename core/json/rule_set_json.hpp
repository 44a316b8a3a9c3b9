#pragma once
// Reading a rule set document (the shape is in core/policy/rule_set.hpp).
#include "core/policy/rule_set.hpp"

#include <nlohmann/json.hpp>

namespace proximity::policy {

// Throws InputError with the JSON path of the first problem, e.g.
// "rules[3].condition.all[0].fact".
RuleSet read_rule_set(const nlohmann::json& document);

// {name, revision, rules (how many), ruleIds}: what loadRuleSet and resetRuleSet answer.
nlohmann::json rule_set_summary_json(const RuleSet& rules);

// [{name, type, choices, about}]: the facts a rule's condition may test (ruleFacts).
nlohmann::json rule_facts_json();

}  // namespace proximity::policy
