#pragma once
// Reading an exercise library document: {"version":1, "exercises":[{...}, ...]}, each
// exercise as core/json/exercise_json.hpp reads it.
#include "core/exercise/exercise_library.hpp"

#include <nlohmann/json.hpp>

namespace proximity::exercise {

// Throws InputError with a path such as "exercises[3].primary[0]" for a bad entry or a
// repeated id.
ExerciseLibrary read_exercise_library(const nlohmann::json& doc);

}  // namespace proximity::exercise
