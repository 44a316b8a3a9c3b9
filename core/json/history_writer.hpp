#pragma once
// Writes a history as its JSON document (the shape read_history reads; optional members
// only when set). Writing then reading gives the same history.
#include "core/history/history.hpp"

#include <nlohmann/json.hpp>

namespace proximity::history {

nlohmann::json history_to_json(const History& h);
nlohmann::json workout_to_json(const Workout& w);  // one item of the document's workouts

}  // namespace proximity::history
