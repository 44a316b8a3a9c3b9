#pragma once
// The exercises one can do instead of another (the machine is taken, a joint complains):
// those whose primary muscles are exactly the same (in any order), never the exercise
// itself. Closest first: the same movement class (compound for compound), then the same
// equipment, then the library's order. Each keeps its own e1RM and loads: a swap changes
// the exercise, not the numbers of the one it replaces.
#include "core/exercise/exercise_library.hpp"

#include <string>
#include <vector>

namespace proximity::exercise {

bool same_primary_muscles(const Exercise& a, const Exercise& b);

// Empty when `id` is unknown or nothing else trains the same primary muscles.
std::vector<const Exercise*> swap_candidates(const ExerciseLibrary& library, const std::string& id);

}  // namespace proximity::exercise
