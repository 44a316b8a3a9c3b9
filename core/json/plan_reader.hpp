#pragma once
// Reads and validates a plan document (versioned JSON; the shape is in plan_writer.hpp).
// Every problem is an InputError whose field is the JSON path (the machine address, e.g.
// weeks[1].sessions[0].exercises[2].sets[3].reps) and whose message names the place in a
// lifter's words, with the plan's own names (core/plan/plan_words.hpp):
//   Week 2, Push, Bench press (barbell), set 4: reps must be a whole number
// Strict: unknown fields are rejected (a typo such as "rep" would otherwise be silently
// ignored), as are unknown versions, unknown exercise ids, contradictory sets (a warm-up
// to failure, failure with RIR 2) and plans beyond the size limits below.
#include "core/exercise/exercise_library.hpp"
#include "core/plan/plan.hpp"
#include "core/plan/plan_limits.hpp"

#include <nlohmann/json.hpp>

namespace proximity::plan {

Plan read_plan(const nlohmann::json& doc, const exercise::ExerciseLibrary& library);

// The settings part alone ("lifter" and "settings" objects of a plan document), for
// callers that build the weeks themselves (the mesocycle generator).
PlanSettings read_plan_settings(const nlohmann::json& lifter, const nlohmann::json& settings,
                                const std::string& lifter_path, const std::string& settings_path);

}  // namespace proximity::plan
