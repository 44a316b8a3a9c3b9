#pragma once
// A custom exercise for a name the library does not know, with its class and equipment
// guessed from the name (marked unverified): the parenthesis Strong and Hevy append
// names the equipment ("(Barbell)", "(Machine)", "(Cable)", "(Bodyweight)" ...), and
// the movement words tell an isolation exercise ("curl", "raise", "fly", "extension",
// "pushdown", "kickback", "crunch", "shrug") from a compound one.
#include "core/history/history.hpp"

#include <string>

namespace proximity::history {

// The guessed exercise; `id` is given by the caller (custom_exercise_id).
CustomExercise guess_custom_exercise(const std::string& name, const std::string& id);

// "custom-" + the normalized name in kebab-case, at most 64 characters: "custom-zercher-squat-barbell".
std::string custom_exercise_id(const std::string& name);

}  // namespace proximity::history
