#pragma once
// Reading the lifter's current fatigue signs (plan/muscle_fatigue.hpp) from JSON, as
// px.evaluatePlan takes them: {signs: [...], week?}. Each sign is a name of
// policy::kFatigueSigns ("performanceDrop": every muscle) or an object {sign, muscles?}:
// px.analyzeHistory's fatigue.signs can be passed as they come (their other members, the
// numbers behind the sign, are read past). `week`: the 0-based plan week the signs are
// current in (px.analyzeHistory's nextSession.week); without it they count in every week.
#include "core/plan/muscle_fatigue.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace proximity::plan {

// in[name]; an empty PlanFatigue when absent. Errors name "<name>.signs[1].muscles[0]".
plan::PlanFatigue read_plan_fatigue(const nlohmann::json& in, const std::string& name);

}  // namespace proximity::plan
