#pragma once
// The limits of a history document, in one place (the README quotes them). Sized so that
// a decade of training fits with room: 6 workouts a week for 10 years is 3,120 workouts,
// and 100,000 sets is about 30 sets a workout for that decade.
#include "core/common/limit.hpp"

#include <cstddef>

namespace proximity::history {

constexpr size_t kMaxWorkouts = 10000;
constexpr size_t kMaxSets = 200000;             // in the whole history
constexpr size_t kMaxExercisesPerWorkout = 60;
constexpr size_t kMaxSetsPerExercise = 100;
constexpr size_t kMaxCustomExercises = 2000;
constexpr size_t kMaxMappings = 5000;
constexpr size_t kMaxNameLength = 200;    // workout and exercise names, characters
constexpr size_t kMaxNoteLength = 2000;   // notes, characters
constexpr Limit kLoggedRepsLimit{0, 1000, 1, "a logged row may be a long endurance set; more than 1000 reps is a typo"};
constexpr Limit kLoggedLoadLimit{0, 10000, 0, "heavier than any lift ever made, in kg or lb: a typo"};
// Logs imported from other apps record RPE down to 1.
constexpr Limit kLoggedRpeLimit{1, 10, 0.5, "other apps' logs record RPE from 1 to 10, in half steps"};
constexpr int kMaxLoggedReps = static_cast<int>(kLoggedRepsLimit.max);
constexpr double kMaxLoggedLoad = kLoggedLoadLimit.max;  // kg or lb
constexpr int kMaxDuration = 7 * 24 * 3600;  // seconds: a workout or a timed row
constexpr double kMaxDistance = 1000000;     // metres
constexpr size_t kMaxImportBytes = 64u * 1024 * 1024;  // a CSV export or a history file

}  // namespace proximity::history
