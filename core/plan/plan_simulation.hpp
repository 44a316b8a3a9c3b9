#pragma once
// Stage 5 of evaluate_plan: the plan as two daily inputs (each session's fatigue cost and
// growth stimulus on its day, session_days.hpp; week w's Monday is day 7w) run through
// the fitness-fatigue model with the plan's parameters (fitness_fatigue.hpp), seeded with
// the block's first week with any sets as the habitual week (its steady state).
#include "core/plan/plan_evaluation.hpp"

namespace proximity::plan {

std::vector<double> daily_loads(const PlanEvaluation& evaluation);          // fatigue cost
std::vector<double> daily_stimulus(const Plan& plan, const PlanEvaluation& evaluation);
HabitualWeek habitual_week(const std::vector<double>& stimulus, const std::vector<double>& cost);
std::vector<DayState> simulate_plan(const Plan& plan, const PlanEvaluation& evaluation);

}  // namespace proximity::plan
