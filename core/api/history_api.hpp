#pragma once
// JSON API of the training history (core/history). The history travels with each call
// (the page stores it); the engine keeps none.
//   importHistory  {text, format?: auto|strong|hevy|proximity, history?, unit?: kg|lb}
//                  -> {history, report: {format, rows, imported, skipped: [{line, reason}],
//                      workouts, sets, exercises: [{name, exercise, mapped}]}}
//                  (`unit`: the unit of a file that does not say it, Strong's older layout)
//   exportHistory  {history, format: proximity|strong, unit?} -> {text, fileName}
//   readHistory    {history} -> {history (normalized), workouts, sets, customExercises}
//   remapExercise  {history, from: <custom id> | name: <name as logged>, to: <exercise id>}
//                  -> {history, moved}
//   nextSetLoad    {set: {load, reps, rir | rpe | failure, type?}, target: {reps, rir | rpe},
//                   exercise?, e1rm?, unit?, formula?, equipment?, rounding?}
//                  -> {e1rm, change?, load, percent, rounded, unit, formula, reason,
//                      rest: {seconds, class}, warnings}
//   sessionDefaults {} -> {rest: {byClass, bySetType}, setTypes, formats, limits}
#include "core/api/engine_state.hpp"
#include "core/history/history.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

// The history document at in[name], errors under "<name>." ("history.workouts[2].name");
// an empty history when absent and not required.
history::History history_field(const nlohmann::json& in, const char* name, const exercise::ExerciseLibrary& library,
                               bool required);

nlohmann::json import_history(const EngineState& state, const nlohmann::json& input);
nlohmann::json export_history(const EngineState& state, const nlohmann::json& input);
nlohmann::json read_history(const EngineState& state, const nlohmann::json& input);
nlohmann::json remap_exercise(const EngineState& state, const nlohmann::json& input);
nlohmann::json next_set_load(const EngineState& state, const nlohmann::json& input);
nlohmann::json session_defaults(const nlohmann::json& input);

}  // namespace proximity::api
