#pragma once
// The effective load of a set: what the muscles moved, from the logged load, the
// exercise's load kind (exercise.hpp) and the lifter's body weight that day. e1RM, trends,
// records and next loads are worked out on it, and a next load is turned back into the
// number the lifter puts on the belt or sets on the assistance stack.
#include "core/exercise/exercise.hpp"

#include "core/units/unit.hpp"

#include <optional>
#include <string>

namespace proximity::exercise {

// nullopt when it cannot be known: a bodyweight kind without a body weight, or an
// assistance that takes the whole body weight or more.
std::optional<double> effective_load(LoadKind kind, double logged, std::optional<double> body_weight);

// The load to log (added weight, or assistance) for an effective load; nullopt when it is
// out of reach (less than the body weight with nothing to assist, more than the body weight
// on an assisted machine), or when the body weight is not known.
std::optional<double> logged_load(LoadKind kind, double effective, std::optional<double> body_weight);

// A logged load in the lifter's words: "100 kg", "body weight + 10 kg", "body weight",
// "body weight - 30 kg of assistance", "body weight, no assistance".
std::string logged_load_words(LoadKind kind, double logged, units::Unit unit);

}  // namespace proximity::exercise
