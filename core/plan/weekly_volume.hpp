#pragma once
// Stage 1 of evaluate_plan: for one week, each set's hard-set status and fatigue cost,
// each session's fractional hard sets per muscle, and the week's totals against the
// landmarks and the fatigue budget. No verdicts yet (set_verdicts.hpp needs these totals).
#include "core/plan/plan_evaluation.hpp"

namespace proximity::plan {

// `week_index` only names the week in an error (an exercise the library does not know).
WeekEvaluation tally_week(const Week& week, int week_index, const PlanSettings& settings,
                          const exercise::ExerciseLibrary& library);

}  // namespace proximity::plan
