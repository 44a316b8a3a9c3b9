#pragma once
// Sentences about an evaluated plan, for people: each warning, suggestion and
// contradiction in words, naming weeks, sessions (with their day), exercises and
// muscles. Written on demand (the API writes them into its answer), so that evaluating
// a plan costs no string work.
#include "core/plan/plan_evaluation.hpp"

#include <string>
#include <vector>

namespace proximity::plan {

std::string describe(const Plan& plan, const PlanEvaluation& evaluation, const PlanWarning& warning);
std::string describe(const Plan& plan, const PlanEvaluation& evaluation, const Suggestion& suggestion);
std::string describe(const Plan& plan, const PlanEvaluation& evaluation, const ContradictionRef& contradiction);

std::string weeks_text(const std::vector<int>& weeks);  // "week 3", "weeks 1-4", "weeks 1, 3-4"
std::string muscle_words(exercise::Muscle m);           // "front delts"
std::string week_session_label(const Plan& plan, const PlanEvaluation& evaluation, int week,
                               int session);            // "Week 2, Push (Mon)"

}  // namespace proximity::plan
