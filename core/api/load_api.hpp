#pragma once
// JSON adapters for load estimation (core/load): e1RM, the load for a target, the load
// table, rounding to equipment, unit conversion and RIR calibration. Shapes and
// sources: core/load/README.md.

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json estimate_one_rep_max(const nlohmann::json& input);
nlohmann::json load_for_target(const nlohmann::json& input);
nlohmann::json load_table(const nlohmann::json& input);
nlohmann::json calibrate_rir(const nlohmann::json& input);

}  // namespace proximity::api
