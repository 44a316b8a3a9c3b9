#pragma once
// Reads a history document (version 1), strictly: unknown fields are refused, every
// error is an InputError naming the JSON path ("workouts[3].exercises[0].sets[2].reps").
// Limits: core/history/history_limits.hpp. JSON shape (optional members marked ?):
//   { "version": 1,
//     "workouts": [{ "start": "2024-11-28T17:36:08", "name", "source"?: proximity|strong|hevy,
//                    "duration"?: seconds, "note"?, "plan"?: {"week", "session"},
//                    "exercises": [{ "exercise": <library or custom id>, "name"?, "note"?,
//                                    "superset"?, "sets": [{ "load", "unit": kg|lb, "reps",
//                                    "rir"? | "rpe"?, "type"?: warmup|working|failure|drop|
//                                    restPause|myo|forced, "failure"?, "failureReps"?,
//                                    "seconds"?, "distance"?, "time"?, "note"? }] }] }],
//     "customExercises"?: [{ "id": "custom-...", "name", "class", "equipment", "verified"? }],
//     "mapping"?: [{ "name", "exercise" }] }
// An exercise id must be in `library` or among the document's custom exercises.
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"

#include <nlohmann/json.hpp>

namespace proximity::history {

History read_history(const nlohmann::json& doc, const exercise::ExerciseLibrary& library);

// One workout or one set, read exactly as read_history reads them inside a document;
// errors name paths under `where`. A workout's exercise ids must be in `library` or
// among `custom`. (Used to add to a history kept in the engine.)
Workout read_workout(const nlohmann::json& value, const std::string& where, const exercise::ExerciseLibrary& library,
                     const std::vector<CustomExercise>& custom);
LoggedSet read_logged_set(const nlohmann::json& value, const std::string& where);

}  // namespace proximity::history
