#pragma once
// Adding to a kept history one workout or one set at a time (px.appendWorkout, px.logSet),
// with the history's limits (history_limits.hpp). Each function checks everything before
// it changes anything: a refused addition leaves the history as it was. Errors name the
// input field the addition came from ("workout", "set", "exercise", "name", "workout.start").
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace proximity::history {

// Inserts `w` after every workout that started no later (equal starts keep the order they
// came in); answers its index. Refused when the history has no room for it.
std::size_t append_workout(History& h, Workout w);

// A logged set's exercise must be in the library or among the history's custom
// exercises, and its name (as shown, may be empty) no longer than names may be.
void check_logged_exercise(const History& h, const exercise::ExerciseLibrary& library, const LoggedExercise& logged);

// Where a logged set went.
struct SetPlace {
    std::size_t workout = 0, exercise = 0, set = 0;
};

// Adds `set` of `logged` to the last workout, or to `started` appended as a new last
// workout (which must not start before the last one). A set of the exercise the workout
// ended with joins it; another exercise starts a new entry. Refused when there is no
// workout to add to or no room.
SetPlace log_set(History& h, const LoggedExercise& logged, LoggedSet set, std::optional<Workout> started);

}  // namespace proximity::history
