#pragma once
// Stage 5 of evaluate_plan: the plan as a daily training load (each session's fatigue
// cost on its day, session_days.hpp; week w's Monday is day 7w) run through the
// fitness-fatigue model with the plan's parameters (fitness_fatigue.hpp).
#include "core/plan/plan_evaluation.hpp"

namespace proximity::plan {

std::vector<double> daily_loads(const PlanEvaluation& evaluation);
std::vector<DayState> simulate_plan(const Plan& plan, const PlanEvaluation& evaluation);

}  // namespace proximity::plan
