#pragma once
// How close to failure each week of a generated block goes. The block's effort level
// falls linearly from RIR 3 in the first week to 0 in the last accumulation week,
// rounded to half reps:
//   3 weeks: 3, 1.5, 0      4 weeks: 3, 2, 1, 0      5 weeks: 3, 2.5, 1.5, 1, 0
//   6 weeks: 3, 2.5, 2, 1, 0.5, 0
// Isolation sets are planned at the level itself; compound sets never below RIR 1
// (seed 001: RIR 1-3 on compounds, 0-1 on isolation; seed 002: 1-3 RIR on most working
// sets), so the last week is "RIR 0-1". A planned RIR under 1, and any set of a week
// whose level is under 1 (the last set of an incline dumbbell press or a pulldown goes to
// failure there: seeds 001, 002, 004), is a failure candidate:
// it becomes a failure set only where the template allows failure and the failure
// policy's verdict for that set is "failure"; otherwise the set stops at RIR 1 or the
// policy's minimum, whichever is higher.
#include "core/plan/fatigue_cost.hpp"

#include <string>

namespace proximity::plan {

constexpr double kStartRir = 3.0;

double effort_level(int week, int weeks);  // week 0-based, weeks = accumulation weeks (>= 2)
double planned_rir(double level, LoadClass load_class);
std::string effort_label(double level);    // "RIR 3", "RIR 0-1"

}  // namespace proximity::plan
