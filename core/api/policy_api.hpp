#pragma once
// JSON API of the failure policy (core/policy):
//   adviseSet      {exercise, lifter, set, session, phase, fatigue, weeklySets, frequency}
//                  -> {verdict, targetRir, techniques, calibrationTest, reasons, ...}
//   loadRuleSet    a rule-set document -> {name, revision, rules, ruleIds}; a bad one
//                  throws with its JSON path and the rule set in force stays
//   ruleSet        {} -> the document in force
//   resetRuleSet   {} -> back to the built-in rule set
//   ruleFacts      {} -> [{name, type, choices, about}]: what conditions can test
//   benchmarkAdvice {iterations?} -> {sets, micros, checksum}: advise_set over a
//                  6-week x 5-session x 8-exercise x 4-set plan, timed inside the core
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json advise_set(const EngineState& state, const nlohmann::json& input);
nlohmann::json load_rule_set(EngineState& state, const nlohmann::json& input);
nlohmann::json rule_set(const EngineState& state, const nlohmann::json& input);
nlohmann::json reset_rule_set(EngineState& state, const nlohmann::json& input);
nlohmann::json rule_facts(const nlohmann::json& input);
nlohmann::json benchmark_advice(const EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
