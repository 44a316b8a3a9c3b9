#pragma once
// JSON API of the planner (core/plan):
//   importPlan        plan document (object or JSON text) -> the normalized plan; errors
//                     name the JSON path ("weeks[0].sessions[1].exercises[0].sets[2].reps")
//   exportPlan        plan -> {text (pretty JSON), fileName, plan}
//   evaluatePlan      plan -> {weeks:[{muscles:{<id>:{hardSets,status,...}}, fatigue, sessions}],
//                              warnings, suggestions, contradictions, simulation, totals}
//                     or {plan, fatigue: {signs, week?}}: the per-set advice then counts the
//                     lifter's current fatigue signs (px.analyzeHistory's fatigue.signs as
//                     they come, for their muscles; fatigue_input.hpp)
//   generateMesocycle {template, weeks 3-6, status, spotter, deload, phase, name, settings}
//                     -> a plan document
//   planTemplates     {} -> the generator's templates
//   planDefaults      {} -> default landmarks, budgets, counting rules, model parameters
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json import_plan(const EngineState& state, const nlohmann::json& input);
nlohmann::json export_plan(const EngineState& state, const nlohmann::json& input);
nlohmann::json evaluate_plan(const EngineState& state, const nlohmann::json& input);
nlohmann::json generate_mesocycle(const EngineState& state, const nlohmann::json& input);
nlohmann::json plan_templates(const nlohmann::json& input);
nlohmann::json plan_defaults(const nlohmann::json& input);

}  // namespace proximity::api
