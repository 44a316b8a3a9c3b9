#include "core/api/handlers.hpp"

#include "core/analysis/calibration_words.hpp"

#include "core/json/effort_json.hpp"
#include "core/json/load_reader.hpp"
#include "core/json/load_writer.hpp"
#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"
#include "core/json/json_fields.hpp"
#include "core/load/load_table.hpp"
#include "core/load/one_rep_max.hpp"
#include "core/load/rir_band.hpp"
#include "core/load/target_load.hpp"

#include <cmath>

namespace proximity::api {

using nlohmann::json;
using namespace proximity::load;

namespace {

// Reps to failure as answered and shown: to a tenth of a rep (a corrected RIR is not a whole
// number, and "7.47 reps to failure" claims a precision no RIR call has).
double shown_reps(double reps_to_failure) { return std::round(reps_to_failure * 10) / 10; }

void write_by_formula(AnswerWriter& w, const OneRepMaxEstimate& est) {
    w.begin_object();
    for (size_t i = 0; i < kAllFormulas.size(); ++i) w.field(formula_name(kAllFormulas[i]), est.by_formula[i]);
    w.end_object();
}

void add_clipped_warning(std::vector<std::string>& warnings, const Band& band, Formula formula) {
    if (!band.clipped) return;
    warnings.push_back("The band stops at RIR " + number_text(band.rir_high) + ": " +
                       (formula == Formula::RpeChart ? std::string("the RPE chart") : std::string(formula_name(formula))) +
                       " is not defined further from failure.");
}

// A lifter's loads: the equipment given, or a barbell with the unit's default plates.
Equipment equipment_or_default(const json& in, units::Unit unit) {
    return read_equipment(in, unit).value_or(default_equipment(EquipmentType::Barbell, unit));
}

// The load table at `e1rm` (maxReps, equipment and rounding read from `in`): each cell
// once, with its exact load, its rounded load and, on a barbell, its plates.
void write_table(AnswerWriter& w, const json& in, double e1rm, Formula formula, units::Unit unit) {
    const int max_reps = fields::read_int_or(in, "maxReps", "", 1, load::kMaxReps, 12);
    const Equipment equipment = equipment_or_default(in, unit);
    const RoundingMode mode = read_rounding(in);

    const LoadRounder rounder(equipment, unit);
    const LoadTable table = load::load_table(e1rm, formula, max_reps, {0, 1, 2, 3, 4}, &rounder, mode);
    w.begin_object().field("e1rm", e1rm).field("formula", formula_name(formula));
    w.field("unit", units::unit_name(unit)).field("rounding", rounding_mode_name(mode));
    w.key("equipment");
    write_equipment_members(w, equipment);
    w.end_object();
    w.field("rir", table.rir_columns).key("rpe").begin_array();  // the same columns on the RPE scale
    for (double rir : table.rir_columns) w.number(10.0 - rir);
    w.end_array().key("rows").begin_array();
    for (const auto& row : table.rows) {
        w.begin_object().field("reps", row.reps).key("cells").begin_array();
        for (const auto& c : row.cells) {
            w.begin_object().field("load", c.load).field("rough", c.rough);
            if (c.load) {
                w.field("percent", *c.percent).field("rounded", c.rounded->load);
                if (equipment.type == EquipmentType::Barbell) {
                    w.key("plates");
                    write_plates(w, c.rounded->plates);
                }
                if (!c.rounded->warnings.empty()) w.field("note", c.rounded->warnings.front());
            }
            w.end_object();
        }
        w.end_array().end_object();
    }
    w.end_array().end_object();
}

}  // namespace

// Fields other than the described ones (core/shapes/load_contract.hpp) are refused by the
// engine before these run. An error thrown after an answer is begun discards all of it
// (core/api/engine.cpp).

void estimate_one_rep_max(const json& raw, AnswerWriter& w) {
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
    std::vector<std::string> warnings = est.warnings;
    if (request.calibration && called.rir + request.calibration->bias < 0.0)
        warnings.push_back("Your calibration says you call RIR about " + number_text(-request.calibration->bias) +
                           (number_text(-request.calibration->bias) == "1" ? " rep" : " reps") +
                           " high, which would put this set below RIR 0; it is read as RIR 0.");
    std::optional<Band> band;
    if (uncertainty) {
        band = one_rep_max_band(load, effort, uncertainty->below, uncertainty->misjudgement, formula);
        add_clipped_warning(warnings, *band, formula);
    }

    w.begin_object().field("e1rm", est.e1rm).field("formula", formula_name(est.formula));
    w.field("unit", units::unit_name(unit)).field("rir", effort.rir);
    w.field("calledRir", called.rir).field("calledRpe", called.rpe());
    w.field("repsToFailure", shown_reps(effort.reps_to_failure())).key("byFormula");
    write_by_formula(w, est);
    w.field("warnings", warnings);
    if (request.calibration) {
        w.key("calibration");
        write_calibration_members(w, *request.calibration);
        w.end_object();
    }
    if (band) {
        w.key("band");
        write_band_members(w, *band, *uncertainty);
        w.end_object();
    }
    if (with_table) {
        w.key("table");
        write_table(w, in, est.e1rm, formula, unit);
    }
    w.end_object();
}

void load_for_target(const json& raw, AnswerWriter& w) {
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
    std::vector<std::string> warnings = t.warnings;
    warnings.insert(warnings.end(), rounded.warnings.begin(), rounded.warnings.end());
    std::optional<Band> band;
    if (uncertainty) {
        band = target_load_band(e1rm, target, uncertainty->below, uncertainty->misjudgement, formula);
        add_clipped_warning(warnings, *band, formula);
    }

    w.begin_object().field("load", t.load).field("percent", t.percent);
    w.field("formula", formula_name(formula)).field("unit", units::unit_name(unit));
    w.field("rounding", rounding_mode_name(mode)).key("rounded");
    write_rounded_members(w, rounded, equipment);
    w.end_object();
    w.field("warnings", warnings);
    if (request.calibration) {
        w.key("calibration");
        write_calibration_members(w, *request.calibration);
        w.end_object();
        // To end truly at the target, stop when it feels like target - bias.
        w.field("perceivedRir", std::max(0.0, target.rir - request.calibration->bias));
    }
    if (band) {
        w.key("band");
        write_band_members(w, *band, *uncertainty);
        w.key("rounded").begin_object();
        w.field("low", rounder.round(band->low, mode).load).field("high", rounder.round(band->high, mode).load);
        w.end_object().end_object();
    }
    w.end_object();
}

void load_table(const json& raw, AnswerWriter& w) {
    const json& in = fields::require_object(raw, "");
    const double e1rm = read_load(in, "e1rm");
    const Formula formula = read_formula(in);
    const units::Unit unit = read_unit(in);
    write_table(w, in, e1rm, formula, unit);
}

void calibrate_rir(const json& raw, AnswerWriter& w) {
    const json& in = fields::require_object(raw, "");
    if (!fields::has(in, "sets")) throw InputError("sets", "sets is required: a list of failure test sets");
    const auto sets = read_failure_test_sets(in.at("sets"), "sets");
    const analysis::CallPrior prior = analysis::call_prior(read_experience(in));
    const RirCalibration c = analysis::fit_tests(sets, prior);
    write_calibration_members(w, c);
    w.field("words", analysis::tests_words(c, prior));
    w.key("prior").begin_object().field("bias", prior.bias).field("spread", prior.spread).end_object();
    w.key("sets").begin_array();
    for (const auto& s : sets) w.begin_object().field("actualRir", s.actual_rir()).field("error", s.error()).end_object();
    w.end_array().key("warnings").begin_array();
    if (c.count < 2)
        w.string("One failure test set gives a bias but no spread; the band keeps the default for your experience "
                 "until you log a second.");
    w.end_array().end_object();
}

}  // namespace proximity::api
