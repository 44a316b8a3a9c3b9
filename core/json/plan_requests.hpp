#pragma once
// What the planner's methods take, read into the domain's requests (core/plan): a plan
// given as its document or as the text of its file, a plan to evaluate with the lifter's
// fatigue now, and a mesocycle to generate.
#include "core/exercise/exercise_library.hpp"
#include "core/plan/mesocycle.hpp"
#include "core/plan/muscle_fatigue.hpp"
#include "core/plan/plan.hpp"

#include <nlohmann/json.hpp>

namespace proximity::plan {

// The plan document: the input itself, or the document parsed from {"text": "<file>"}.
nlohmann::json plan_document(const nlohmann::json& input);

// evaluatePlan's input: a plan document (or {text}), or {plan, fatigue} with the fatigue
// signs the lifter reports now (fatigue_input.hpp); errors inside `plan` name "plan.".
struct PlanToEvaluate {
    Plan plan;
    PlanFatigue fatigue;
};
PlanToEvaluate read_plan_to_evaluate(const nlohmann::json& input, const exercise::ExerciseLibrary& library);

// generateMesocycle's input: {template, weeks, deload, phase, name, status, spotter, unit, settings}.
MesocycleRequest read_mesocycle_request(const nlohmann::json& input);

}  // namespace proximity::plan
