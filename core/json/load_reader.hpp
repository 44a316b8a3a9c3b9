#pragma once
// Reading the load-estimation inputs from JSON (units, formula, experience, RIR
// calibration, equipment, rounding mode). Every error names the field's JSON path.
#include "core/analysis/call_calibration.hpp"
#include "core/load/load_limit.hpp"
#include "core/load/equipment.hpp"
#include "core/load/formula.hpp"
#include "core/load/load_rounding.hpp"
#include "core/load/rir_calibration.hpp"
#include "core/load/rir_uncertainty.hpp"
#include "core/units/unit.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace proximity {


// A lifted load or 1RM in [kMinLoad, kMaxLoad].
double read_load(const nlohmann::json& obj, const std::string& name);

// A number in (0, max]: zero and negatives are refused with "must be greater than 0".
double read_positive(const nlohmann::json& obj, const std::string& name, const std::string& parent,
                     double max = load::kMaxLoad);

load::Formula read_formula(const nlohmann::json& in);
units::Unit read_unit(const nlohmann::json& in, const std::string& name = "unit",
                      const std::string& parent = "");
load::RoundingMode read_rounding(const nlohmann::json& in);

// `experience` or `lifter.status`; `misjudgement`; `calibration` ({sets} or a saved
// {bias, spread, count}).
load::UncertaintyRequest read_uncertainty(const nlohmann::json& in);

// A saved {bias, spread?, count} or {sets} at "calibration" (errors "calibration.bias");
// sets are fitted by the one calibration model (analysis::fit_tests) with `prior`.
load::RirCalibration read_calibration(const nlohmann::json& raw, const analysis::CallPrior& prior = {});

// `experience` or `lifter.status` (nullopt when neither is given).
std::optional<load::Experience> read_experience(const nlohmann::json& in);

// Failure test sets of an array at `field` (e.g. "calibration.sets").
std::vector<load::FailureTestSet> read_failure_test_sets(const nlohmann::json& sets, const std::string& field);

// `equipment` when present ({type: barbell | dumbbell | machine, ...}); fields left out
// take the defaults for the unit. An equipment's own `unit` (as defaultEquipment answers
// it) must be the request's: a 45 lb bar is never read as 45 kg.
std::optional<load::Equipment> read_equipment(const nlohmann::json& in, units::Unit unit);
// The equipment given, else a barbell with the unit's default plates.
load::Equipment read_equipment_or_barbell(const nlohmann::json& in, units::Unit unit);

// The same for equipment found at `where` ("equipment.barbell"): its errors name that path.
load::Equipment read_equipment_at(const nlohmann::json& equipment, const std::string& where, units::Unit unit);

}  // namespace proximity
