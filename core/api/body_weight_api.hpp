#pragma once
// JSON API of the body-weight import (core/profile/body_weight_import.hpp).
//   bodyWeightFormat {text} -> {format: hevy|fitnotes|none}: the body-measurement export
//                   the text's first line names (the page passes the first line only)
//   importBodyWeight {text, profile?} -> {profile (its body-weight log merged),
//                   report: {format, rows, imported, kept, skipped: [{line, reason}]}}
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json body_weight_format(const nlohmann::json& input);
nlohmann::json import_body_weight(const EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
