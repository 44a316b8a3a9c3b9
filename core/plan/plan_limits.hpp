#pragma once
// The size of a plan the planner holds, and the reps of a planned set, each once with
// its reason (px.describe() publishes them; core/json/plan_reader.hpp checks them).
#include "core/common/limit.hpp"
#include "core/policy/set_context.hpp"

#include <cstddef>

namespace proximity::plan {

constexpr Limit kWeeksLimit{1, 16, 1, "a plan covers one training block; 16 weeks is longer than any block it models"};
constexpr Limit kSessionsPerWeekLimit{0, 14, 1, "two sessions a day, every day of the week"};
constexpr Limit kExercisesPerSessionLimit{0, 20, 1, "more exercises than any session a coach writes"};
constexpr Limit kNameLengthLimit{0, 60, 1, "a plan's, week's or session's name fits on one line of the page"};
// Planned reps and sets are the failure advice's target reps and sets (one limit for both).
using policy::kSetsPerExerciseLimit;
using policy::kTargetRepsLimit;

constexpr int kMaxWeeks = static_cast<int>(kWeeksLimit.max);
constexpr int kMaxSessionsPerWeek = static_cast<int>(kSessionsPerWeekLimit.max);
constexpr int kMaxExercisesPerSession = static_cast<int>(kExercisesPerSessionLimit.max);
constexpr int kMaxSetsPerExercise = static_cast<int>(kSetsPerExerciseLimit.max);
constexpr int kMaxPlanSets = 6000;  // well under 16 x 14 x 20 x 20: a full plan evaluates in well under a second
constexpr int kMaxReps = static_cast<int>(kTargetRepsLimit.max);
constexpr std::size_t kMaxNameLength = static_cast<std::size_t>(kNameLengthLimit.max);

// The ranges the plan reader (core/json/plan_reader.cpp) reads a plan's numbers in;
// px.planDefaults() gives them to the page as limits.fields, keyed by the field's place in
// the document.

struct NumberRange {
    const char* field;  // "settings.model.tau1"; "load" and "landmark" for every set / muscle
    double min, max;
};
constexpr NumberRange kSetLoad{"load", 0, 10000};
constexpr NumberRange kPercentE1rm{"percentE1rm", 1, 100};
constexpr NumberRange kLandmarkSets{"landmark", 0, 60};
constexpr NumberRange kPrimaryWeight{"settings.counting.primary", 0.1, 2};
constexpr NumberRange kSecondaryWeight{"settings.counting.secondary", 0, 1};
constexpr NumberRange kHardRir{"settings.counting.maxRir", 0, 10};
constexpr NumberRange kFatigueBudget{"settings.fatigueBudget", 1, 10000};
constexpr NumberRange kFadeDays[] = {{"settings.model.tau1", 1, 365}, {"settings.model.tau2", 1, 365}};
constexpr NumberRange kGains[] = {{"settings.model.k1", 0.01, 100}, {"settings.model.k2", 0.01, 100}};
constexpr NumberRange kNumberRanges[] = {kSetLoad,     kPercentE1rm,   kLandmarkSets, kPrimaryWeight, kSecondaryWeight,
                                         kHardRir,     kFatigueBudget, kFadeDays[0],  kFadeDays[1],   kGains[0],
                                         kGains[1]};

}  // namespace proximity::plan
