#pragma once
// Writing load-estimation results as JSON (the shapes documented in core/load/README.md).
#include "core/load/equipment.hpp"
#include "core/load/load_rounding.hpp"
#include "core/load/rir_band.hpp"
#include "core/load/rir_calibration.hpp"
#include "core/load/rir_uncertainty.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

// [{weight, count}] per side.
nlohmann::json plates_json(const std::vector<load::PlatesOnSide>& plates);

// {load, target, exact, warnings, plates (barbell), bar (barbell), perSide (barbell)}
nlohmann::json rounded_json(const load::RoundedLoad& r, const load::Equipment& equipment);

// {type, bar, plates} | {type, weights} | {type, increment, min, max?}
nlohmann::json equipment_json(const load::Equipment& e);

// {low, high, rirLow, rirHigh, misjudgement, basis}
nlohmann::json band_json(const load::Band& band, const load::RirUncertainty& u);

// {bias, spread, count, misjudgement}
nlohmann::json calibration_json(const load::RirCalibration& c);

}  // namespace proximity::api
