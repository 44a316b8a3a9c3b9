#pragma once
// Writes a history as its JSON document (the shape read_history reads; optional members
// only when set). Writing then reading gives the same history.
#include "core/history/history.hpp"

#include <nlohmann/json.hpp>

namespace proximity::history {

nlohmann::json history_to_json(const History& h);
nlohmann::json workout_to_json(const Workout& w);  // one item of the document's workouts
// {version, customExercises, mapping}: the document without its workouts.
nlohmann::json history_without_workouts_json(const History& h);

}  // namespace proximity::history
