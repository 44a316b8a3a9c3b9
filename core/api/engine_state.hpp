#pragma once
// What the engine remembers between calls (e.g. the rule set in force, user exercises).
// Each domain adds its own member here; handlers get it by reference.
#include "core/exercise/exercise_library.hpp"
#include "core/policy/rule_set.hpp"

namespace proximity::api {

struct EngineState {
    // Built-in exercises plus the ones the user added (px.addExercise).
    exercise::ExerciseLibrary exercises = exercise::ExerciseLibrary::builtin();
    // The failure-policy rule set in force (px.loadRuleSet / px.resetRuleSet).
    policy::RuleSet rules = policy::RuleSet::builtin();
};

}  // namespace proximity::api
