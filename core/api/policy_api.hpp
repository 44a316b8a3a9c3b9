#pragma once
// JSON API of the failure policy (core/policy):
//   adviseSet      {exercise, lifter, set, session, phase, fatigue, weeklySets, frequency}
//                  -> {verdict, targetRir, techniques, calibrationTest, reasons, ...}
//   loadRuleSet    a rule-set document -> {name, revision, rules, ruleIds}; a bad one
//                  throws with its JSON path and the rule set in force stays
//   ruleSet        {} -> the document in force
//   resetRuleSet   {} -> back to the built-in rule set
//   ruleFacts      {} -> [{name, type, choices, about}]: what conditions can test
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json advise_set(const EngineState& state, const nlohmann::json& input);
nlohmann::json load_rule_set(EngineState& state, const nlohmann::json& input);
nlohmann::json rule_set(const EngineState& state, const nlohmann::json& input);
nlohmann::json reset_rule_set(EngineState& state, const nlohmann::json& input);
nlohmann::json rule_facts(const nlohmann::json& input);

}  // namespace proximity::api
