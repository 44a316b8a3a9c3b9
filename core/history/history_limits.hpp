#pragma once
// The limits of a history document, in one place (the README quotes them). Sized so that
// a decade of training fits with room: 6 workouts a week for 10 years is 3,120 workouts,
// and 100,000 sets is about 30 sets a workout for that decade.
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
constexpr int kMaxLoggedReps = 1000;
constexpr double kMaxLoggedLoad = 10000;  // kg or lb
constexpr int kMaxDuration = 7 * 24 * 3600;  // seconds: a workout or a timed row
constexpr double kMaxDistance = 1000000;     // metres
constexpr size_t kMaxImportBytes = 64u * 1024 * 1024;  // a CSV export or a history file

}  // namespace proximity::history
