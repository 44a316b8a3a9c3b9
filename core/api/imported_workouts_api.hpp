#pragma once
// JSON API of the workouts an import added, handed out a page at a time, so that no answer
// carries a whole history across the JS boundary (a decade of training held at once as C++
// objects, JSON text and JS objects is hundreds of MB in a tab). Fields:
// core/shapes/history_contract.hpp.
//   importedWorkouts {from?, count?} -> {workouts: [as the document writes them], next, total}:
//                    the workouts the last importToHistory added, from index `from` (default
//                    0), at most `count` (default and limit: describe().limits.importedPage)
//                    and no more sets than limits.importedPageSets (always at least one
//                    workout); ask again from `next` until it is `total`. Refused once the
//                    kept history changed since that import (setHistory, logSet, ...).
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json imported_workouts(const EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
