#include "core/api/handlers.hpp"

#include "core/analysis/calibration_words.hpp"
#include "core/common/input_error.hpp"
#include "core/json/effort_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/load_reader.hpp"
#include "core/json/load_writer.hpp"
#include "core/load/estimate_words.hpp"
#include "core/load/one_rep_max.hpp"
#include "core/load/rir_band.hpp"
#include "core/load/target_load.hpp"

#include <algorithm>

namespace proximity::api {

using nlohmann::json;
using namespace proximity::load;

namespace {

// maxReps, equipment and rounding, as loadTable takes them.
TableRequest read_table(const json& in, units::Unit unit) {
    return {fields::read_int_or(in, "maxReps", "", 1, load::kMaxReps, 12), read_equipment_or_barbell(in, unit),
            read_rounding(in)};
}

}  // namespace

// An error thrown after an answer is begun discards all of it (core/api/engine.cpp).

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
    if (request.calibration) add_below_failure_warning(warnings, called, *request.calibration);
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
        write_load_table(w, est.e1rm, formula, unit, read_table(in, unit));
    }
    w.end_object();
}

void load_for_target(const json& raw, AnswerWriter& w) {
    const json& in = fields::require_object(raw, "");
    const double e1rm = read_load(in, "e1rm");
    const Effort target = api::read_effort(in);
    const Formula formula = read_formula(in);
    const units::Unit unit = read_unit(in);
    const Equipment equipment = read_equipment_or_barbell(in, unit);
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
    write_load_table(w, e1rm, formula, unit, read_table(in, unit));
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
    w.end_array().field("warnings", calibration_warnings(c)).end_object();
}

}  // namespace proximity::api
