#pragma once
// Stage 3 of evaluate_plan: warnings about the plan's volume and fatigue, each merged
// across the weeks it applies to ("weeks 1-4: ...") so a block does not repeat itself.
//   volumeUnder     a muscle with direct work but fewer hard sets than its landmark min
//   volumeExcessive more hard sets than the landmark ceiling (seed 000: 20+ sets)
//   sessionPileUp   one session gives a muscle more than half its weekly landmark max
//                   (seed 002: the 10-16 weekly sets are split over two sessions)
//   onceAWeek       a muscle gets direct work in only one session of the week (seed 002)
//   overBudget      the week's fatigue cost exceeds the budget
// Deload weeks are meant to be light: no volumeUnder or onceAWeek for them. Most pressing
// first: budget, excessive volume, pile-ups, too little volume, frequency.
#include "core/plan/plan_evaluation.hpp"

namespace proximity::plan {

std::vector<PlanWarning> volume_warnings(const Plan& plan, const PlanEvaluation& evaluation);

}  // namespace proximity::plan
