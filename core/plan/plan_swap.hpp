#pragma once
// A swap the lifter chose to keep in the plan: from the given week on, wherever the same
// session (by its place in the week) holds the same exercise at the same place, it
// becomes the new one; sets, loads, notes and supersets stay as they were. Earlier weeks
// are history and stay. Throws InputError ("week", "session", "exercise") when the place
// is not in the plan, or when the new exercise does not train the same primary muscles
// (exercise/swap_candidates.hpp).
#include "core/exercise/exercise_library.hpp"
#include "core/plan/plan.hpp"

#include <string>

namespace proximity::plan {

// Answers how many exercises changed (at least the one at the place given).
int swap_in_plan(Plan& plan, int week, int session, int index, const std::string& to,
                 const exercise::ExerciseLibrary& library);

}  // namespace proximity::plan
