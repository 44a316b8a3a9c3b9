#pragma once
// The core's built-in exercise library and rule set, read once per test program.
#include "core/exercise/exercise_library.hpp"
#include "core/policy/rule_set.hpp"

namespace proximity::testing {

inline const exercise::ExerciseLibrary& library() {
    static const auto lib = exercise::ExerciseLibrary::builtin();
    return lib;
}

inline const policy::RuleSet& rules() {
    static const auto r = policy::RuleSet::builtin();
    return r;
}

}  // namespace proximity::testing
