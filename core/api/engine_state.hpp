#pragma once
// What the engine remembers between calls (e.g. the rule set in force, user exercises).
// Each domain adds its own member here; handlers get it by reference.
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"
#include "core/policy/rule_set.hpp"

#include <memory>

namespace proximity::api {

struct EngineState {
    // Built-in exercises plus the ones the user added (px.addExercise).
    exercise::ExerciseLibrary exercises = exercise::ExerciseLibrary::builtin();
    // The failure-policy rule set in force (px.loadRuleSet / px.resetRuleSet).
    policy::RuleSet rules = policy::RuleSet::builtin();
    // The lifter's history, kept for the analysis (px.setHistory, px.logSet,
    // px.appendWorkout; px.analyzeHistory reads it). Shared: copying the state for a
    // changing call does not copy the history; a call that changes it stores a new one.
    std::shared_ptr<const history::History> history;
};

}  // namespace proximity::api
