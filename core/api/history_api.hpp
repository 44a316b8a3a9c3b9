#pragma once
// JSON API of the training history (core/history). The history travels with each call
// (the page stores it); the engine keeps none.
//   importHistory  {text, format?: auto|strong|hevy|fitnotes|proximity, history?, unit?: kg|lb}
//                  -> {history, report: {format, rows, imported, skipped: [{line, reason}],
//                      workouts, sets, exercises: [{name, exercise, mapped}]}}
//                  (`unit`: the unit of a file that does not say it, Strong's older layout)
//   exportHistory  {history?, format: proximity|strong, unit?} -> {text, fileName} (the kept
//                  history when none is passed)
//   readHistory    {history} -> {history (normalized), workouts, sets, customExercises}
//   remapExercise  {history, from: <custom id> | name: <name as logged>, to: <exercise id>}
//                  -> {history, moved}
//   nextSetLoad    {set: {load, reps, rir | rpe | failure, type?}, target: {reps, rir | rpe},
//                   exercise?, e1rm?, unit?, formula?, equipment?, rounding?}
//                  -> {e1rm, change?, load, percent, rounded, unit, formula, reason,
//                      rest: {seconds, class}, warnings}
//   sessionDefaults {} -> {rest: {byClass, bySetType}, setTypes, formats, limits}
//   importToHistory {text, format?, unit?} -> {report (as importHistory's), added: how many
//                  workouts were added (px.importedWorkouts answers them, a page at a time),
//                  document: {version, customExercises, mapping} (the history without its
//                  workouts), workouts, sets}: imports into the history kept in the engine
//                  (setHistory) and keeps the result, so a page stores what was added, not
//                  the whole history again
#include "core/api/engine_state.hpp"
#include "core/history/history.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json import_history(const EngineState& state, const nlohmann::json& input);
nlohmann::json export_history(const EngineState& state, const nlohmann::json& input);
nlohmann::json read_history(const EngineState& state, const nlohmann::json& input);
nlohmann::json remap_exercise(const EngineState& state, const nlohmann::json& input);
nlohmann::json next_set_load(const EngineState& state, const nlohmann::json& input);
nlohmann::json session_defaults(const nlohmann::json& input);
nlohmann::json import_to_history(EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
