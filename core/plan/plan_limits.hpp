#pragma once
// The size of a plan the planner holds, and the reps of a planned set, each once with
// its reason (px.describe() publishes them; plan_reader.hpp checks them).
#include "core/common/limit.hpp"
#include "core/policy/set_context.hpp"

#include <cstddef>

namespace proximity::plan {

constexpr Limit kWeeksLimit{1, 16, 1, "a plan covers one training block; 16 weeks is longer than any block it models"};
constexpr Limit kSessionsPerWeekLimit{0, 14, 1, "two sessions a day, every day of the week"};
constexpr Limit kExercisesPerSessionLimit{0, 20, 1, "more exercises than any session a coach writes"};
constexpr Limit kSetsPerExerciseLimit{1, 20, 1, "more sets of one exercise than any session a coach writes"};
constexpr Limit kNameLengthLimit{0, 60, 1, "a plan's, week's or session's name fits on one line of the page"};
// Planned reps are the failure advice's target reps (one limit for both).
using policy::kTargetRepsLimit;

constexpr int kMaxWeeks = static_cast<int>(kWeeksLimit.max);
constexpr int kMaxSessionsPerWeek = static_cast<int>(kSessionsPerWeekLimit.max);
constexpr int kMaxExercisesPerSession = static_cast<int>(kExercisesPerSessionLimit.max);
constexpr int kMaxSetsPerExercise = static_cast<int>(kSetsPerExerciseLimit.max);
constexpr int kMaxPlanSets = 6000;  // well under 16 x 14 x 20 x 20: a full plan evaluates in well under a second
constexpr int kMaxReps = static_cast<int>(kTargetRepsLimit.max);
constexpr std::size_t kMaxNameLength = static_cast<std::size_t>(kNameLengthLimit.max);

}  // namespace proximity::plan
