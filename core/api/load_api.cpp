#include "core/api/load_api.hpp"

#include "core/api/effort_json.hpp"
#include "core/api/load_inputs.hpp"
#include "core/api/load_outputs.hpp"
#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"
#include "core/json/json_fields.hpp"
#include "core/load/load_table.hpp"
#include "core/load/one_rep_max.hpp"
#include "core/load/rir_band.hpp"
#include "core/load/target_load.hpp"

namespace proximity::api {

using nlohmann::json;
using namespace proximity::load;

namespace {

json by_formula_json(const OneRepMaxEstimate& est) {
    json out = json::object();
    for (size_t i = 0; i < kAllFormulas.size(); ++i)
        out[formula_name(kAllFormulas[i])] = est.by_formula[i] ? json(*est.by_formula[i]) : json(nullptr);
    return out;
}

void add_clipped_warning(json& out, const Band& band, Formula formula) {
    if (!band.clipped) return;
    out["warnings"].push_back("The band stops at RIR " + number_text(band.rir_high) + ": " +
                              (formula == Formula::RpeChart ? std::string("the RPE chart") : std::string(formula_name(formula))) +
                              " is not defined further from failure.");
}

// A lifter's loads: the equipment given, or a barbell with the unit's default plates.
Equipment equipment_or_default(const json& in, units::Unit unit) {
    return read_equipment(in, unit).value_or(default_equipment(EquipmentType::Barbell, unit));
}

// The load table at `e1rm` (maxReps, equipment and rounding read from `in`): each cell
// once, with its exact load, its rounded load and, on a barbell, its plates.
json table_json(const json& in, double e1rm, Formula formula, units::Unit unit) {
    const int max_reps = fields::read_int_or(in, "maxReps", "", 1, load::kMaxReps, 12);
    const Equipment equipment = equipment_or_default(in, unit);
    const RoundingMode mode = read_rounding(in);

    const LoadRounder rounder(equipment, unit);
    const LoadTable table = load::load_table(e1rm, formula, max_reps, {0, 1, 2, 3, 4}, &rounder, mode);
    json rows = json::array();
    for (const auto& row : table.rows) {
        json cells = json::array();
        for (const auto& c : row.cells) {
            json cell = json::object();
            cell["load"] = c.load ? json(*c.load) : json(nullptr);
            cell["rough"] = c.rough;
            if (c.load) {
                cell["percent"] = *c.percent;
                cell["rounded"] = c.rounded->load;
                if (equipment.type == EquipmentType::Barbell) cell["plates"] = plates_json(c.rounded->plates);
                if (!c.rounded->warnings.empty()) cell["note"] = c.rounded->warnings.front();
            }
            cells.push_back(std::move(cell));
        }
        json r = json::object();
        r["reps"] = row.reps;
        r["cells"] = std::move(cells);
        rows.push_back(std::move(r));
    }
    json out = json::object();
    out["e1rm"] = e1rm;
    out["formula"] = formula_name(formula);
    out["unit"] = units::unit_name(unit);
    out["rounding"] = rounding_mode_name(mode);
    out["equipment"] = equipment_json(equipment);
    out["rir"] = table.rir_columns;
    json rpe = json::array();
    for (double rir : table.rir_columns) rpe.push_back(10.0 - rir);
    out["rpe"] = std::move(rpe);  // the same columns on the RPE scale
    out["rows"] = std::move(rows);
    return out;
}

}  // namespace

// Fields other than the described ones (core/api/load_contract.hpp) are refused by the
// engine before these run.

json estimate_one_rep_max(const json& raw) {
    const json& in = fields::require_object(raw, "");
    const double load = read_load(in, "load");
    const Effort called = api::read_effort(in);
    const Formula formula = read_formula(in);
    const units::Unit unit = read_unit(in);
    const UncertaintyRequest request = read_uncertainty(in);
    const auto uncertainty = resolve_uncertainty(request);
    // With table: true the answer carries the load table at this e1RM too (maxReps,
    // equipment, rounding as loadTable takes them): the calculator's one call per keystroke.
    const bool with_table = fields::read_bool_or(in, "table", "", false);
    if (!with_table)
        for (const char* name : {"maxReps", "equipment", "rounding"})
            if (fields::has(in, name))
                throw_input_error(name, std::string(name) + " shapes the load table: ask for it with table: true");

    const Effort effort = corrected_effort(called, uncertainty ? uncertainty->bias : 0.0);
    const OneRepMaxEstimate est = load::estimate_one_rep_max(load, effort, formula);
    json out = json::object();
    out["e1rm"] = est.e1rm;
    out["formula"] = formula_name(est.formula);
    out["unit"] = units::unit_name(unit);
    out["rir"] = effort.rir;
    out["calledRir"] = called.rir;
    out["calledRpe"] = called.rpe();
    out["repsToFailure"] = effort.reps_to_failure();
    out["byFormula"] = by_formula_json(est);
    out["warnings"] = est.warnings;
    if (request.calibration) {
        out["calibration"] = calibration_json(*request.calibration);
        if (called.rir + request.calibration->bias < 0.0)
            out["warnings"].push_back("Your calibration says you call RIR about " +
                                      number_text(-request.calibration->bias) +
                                      (number_text(-request.calibration->bias) == "1" ? " rep" : " reps") + " high, which would put this set below RIR 0; it is read as RIR 0.");
    }
    if (uncertainty) {
        const Band band = one_rep_max_band(load, effort, uncertainty->below, uncertainty->misjudgement, formula);
        out["band"] = band_json(band, *uncertainty);
        add_clipped_warning(out, band, formula);
    }
    if (with_table) out["table"] = table_json(in, est.e1rm, formula, unit);
    return out;
}

json load_for_target(const json& raw) {
    const json& in = fields::require_object(raw, "");
    const double e1rm = read_load(in, "e1rm");
    const Effort target = api::read_effort(in);
    const Formula formula = read_formula(in);
    const units::Unit unit = read_unit(in);
    const Equipment equipment = equipment_or_default(in, unit);
    const RoundingMode mode = read_rounding(in);
    const UncertaintyRequest request = read_uncertainty(in);
    const auto uncertainty = resolve_uncertainty(request);

    const TargetLoad t = load::target_load(e1rm, target, formula);
    const LoadRounder rounder(equipment, unit);
    const RoundedLoad rounded = rounder.round(t.load, mode);
    json out = json::object();
    out["load"] = t.load;
    out["percent"] = t.percent;
    out["formula"] = formula_name(formula);
    out["unit"] = units::unit_name(unit);
    out["rounding"] = rounding_mode_name(mode);
    out["rounded"] = rounded_json(rounded, equipment);
    out["warnings"] = t.warnings;
    for (const auto& w : rounded.warnings) out["warnings"].push_back(w);
    if (request.calibration) {
        out["calibration"] = calibration_json(*request.calibration);
        // To end truly at the target, stop when it feels like target - bias.
        out["perceivedRir"] = std::max(0.0, target.rir - request.calibration->bias);
    }
    if (uncertainty) {
        const Band band = target_load_band(e1rm, target, uncertainty->below, uncertainty->misjudgement, formula);
        json rounded_band = json::object();
        rounded_band["low"] = rounder.round(band.low, mode).load;
        rounded_band["high"] = rounder.round(band.high, mode).load;
        out["band"] = band_json(band, *uncertainty);
        out["band"]["rounded"] = std::move(rounded_band);
        add_clipped_warning(out, band, formula);
    }
    return out;
}

json load_table(const json& raw) {
    const json& in = fields::require_object(raw, "");
    const double e1rm = read_load(in, "e1rm");
    const Formula formula = read_formula(in);
    const units::Unit unit = read_unit(in);
    return table_json(in, e1rm, formula, unit);
}

json calibrate_rir(const json& raw) {
    const json& in = fields::require_object(raw, "");
    if (!fields::has(in, "sets")) throw InputError("sets", "sets is required: a list of failure test sets");
    const auto sets = read_failure_test_sets(in.at("sets"), "sets");
    const RirCalibration c = load::calibrate_rir(sets);
    json out = calibration_json(c);
    out["sets"] = json::array();
    for (const auto& s : sets) {
        json entry = json::object();
        entry["actualRir"] = s.actual_rir();
        entry["error"] = s.error();
        out["sets"].push_back(std::move(entry));
    }
    out["warnings"] = json::array();
    if (c.count < 2)
        out["warnings"].push_back("One failure test set gives a bias but no spread; the band keeps the default "
                                  "for your experience until you log a second.");
    return out;
}

}  // namespace proximity::api
