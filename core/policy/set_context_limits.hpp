#pragma once
// The ranges px.adviseSet reads a set's context in (advice_json.cpp), each once with its
// reason; px.describe() publishes them, so the advisor sets its inputs' min/max from here.
#include "core/common/limit.hpp"

namespace proximity::policy {

// The reps of a planned set, as the planner and px.adviseSet take them.
constexpr Limit kTargetRepsLimit{1, 50, 1,
                                 "the failure advice is written for sets of up to 50 reps; more is endurance work, "
                                 "or a typo"};
// Set k of n of one exercise in a session (the planner holds as many).
constexpr Limit kSetsPerExerciseLimit{1, 20, 1, "more sets of one exercise than any session a coach writes"};
constexpr Limit kFailureBlockWeekLimit{1, 52, 1, "a failure block counts its weeks from 1; a year of them is a typo"};
constexpr Limit kWeeklySetsLimit{0, 200, 0,
                                 "hard sets for one muscle in a week; secondary work counts in fractions, and more "
                                 "than 200 is a typo"};
constexpr Limit kWeeklyFrequencyLimit{1, 14, 1, "sessions a week with one lift: two a day, every day of the week"};
constexpr Limit kExercisePositionLimit{1, 30, 1, "an exercise's place in its session; no session has more than 30"};
constexpr Limit kPercentE1rmLimit{1, 120, 0,
                                  "a load as % of the lifter's e1RM; above 120% the e1RM itself is out of date"};

}  // namespace proximity::policy
