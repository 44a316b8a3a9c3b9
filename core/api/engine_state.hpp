#pragma once
// What the engine remembers between calls (e.g. the rule set in force, user exercises).
// Each domain adds its own member here; handlers get it by reference.
#include "core/analysis/analysis_memo.hpp"
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"
#include "core/policy/rule_set.hpp"
#include "core/profile/profile.hpp"

#include <memory>
#include <vector>

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
    // The workouts the last importToHistory added, for px.importedWorkouts to hand out a
    // page at a time: the kept history they were added to (not kept alive: once another
    // call replaces the kept history there is nothing to hand out) and their indexes in it.
    struct ImportedWorkouts {
        std::weak_ptr<const history::History> history;
        std::vector<size_t> indexes;
    } imported;
    // The lifter profile kept with it (px.setHistory's `profile`), read by
    // px.analyzeHistory and px.prepareSession when the call passes none.
    std::shared_ptr<const profile::Profile> profile;
    // One id per kept workout (core/analysis/analysis_memo.hpp), and the last analysis of the kept
    // history, which the next one starts from. The memo is shared by copies of the state
    // and changed by analyzeHistory (a cache: it never changes an answer).
    analysis::WorkoutIds workout_ids;
    std::shared_ptr<analysis::AnalysisMemo> memo = std::make_shared<analysis::AnalysisMemo>();
};

}  // namespace proximity::api
