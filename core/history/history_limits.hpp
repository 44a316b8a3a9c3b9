#pragma once
// The limits of a history document, in one place (the README quotes them). Sized so that
// a decade of training fits: 6 workouts a week for 10 years is 3,120 workouts, and
// 100,000 sets is about 30 sets a workout for that decade. Every method that reads a
// history accepts the largest one these limits allow (the input limits below are checked
// against them; tests/core/history_scale_test.cpp reads a 100,000-set history in each).
#include "core/common/input_limits.hpp"
#include "core/common/limit.hpp"

#include <cstddef>

namespace proximity::history {

constexpr Limit kHistorySetsLimit{0, 100000, 1,
                                   "ten years of training 6 days a week at about 30 sets a workout; "
                                   "every page and method reads a history this large"};
constexpr Limit kHistoryWorkoutsLimit{0, 10000, 1, "ten years of training with 2 to 3 workouts every day"};
// An import's new workouts are fetched from the engine a page at a time (px.importedWorkouts):
// no answer carries a whole history across the JS boundary, which would hold it several
// times over in the tab's memory at once (C++ objects, JSON text, JS objects).
constexpr Limit kImportedPageLimit{1, 200, 1, "workouts one answer carries: a few weeks' JSON, well under 1 MB"};
constexpr Limit kImportedPageSetsLimit{1, 10000, 1,
                                       "sets one answer carries at most (one workout more when the first alone "
                                       "holds more), so that no answer holds a whole history"};
constexpr size_t kMaxWorkouts = static_cast<size_t>(kHistoryWorkoutsLimit.max);
constexpr size_t kMaxSets = static_cast<size_t>(kHistorySetsLimit.max);  // in the whole history
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
// A CSV export or a history file: a 100,000-set Hevy export is about 13 MB, the same
// history as a Proximity file about 20 MB.
constexpr size_t kMaxImportBytes = 24u * 1024 * 1024;
// The largest import fits in one input once JSON-escaped, and the largest history written
// as JSON (about 110 bytes and 8 values a set, up to 20 values when every exercise entry
// has a single set) fits in one input.
static_assert(2 * kMaxImportBytes <= kMaxInputBytes && kMaxSets * 110 < kMaxInputBytes &&
                  kMaxSets * 20 < kMaxInputValues,
              "the input limits must let every method read the largest history");

}  // namespace proximity::history
