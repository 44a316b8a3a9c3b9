#include "core/api/handlers.hpp"

#include "core/analysis/calibration_words.hpp"
#include "core/common/input_error.hpp"
#include "core/json/effort_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/load_reader.hpp"
#include "core/json/load_writer.hpp"
#include "core/load/estimate_words.hpp"
#include "core/load/load_answers.hpp"

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

void estimate_one_rep_max(const json& in, Call& call) {
    AnswerWriter& w = call.writer();
    const double load = read_load(in, "load");
    const Effort called = api::read_effort(in);
    const Formula formula = read_formula(in);
    const units::Unit unit = read_unit(in);
    const UncertaintyRequest request = read_uncertainty(in);
    // With table: true the answer carries the load table at this e1RM too (maxReps,
    // equipment, rounding as loadTable takes them): the calculator's one call per keystroke.
    const bool with_table = fields::read_bool_or(in, "table", "", false);
    if (!with_table)
        for (const char* name : {"maxReps", "equipment", "rounding"})
            if (fields::has(in, name))
                throw_input_error(name, std::string(name) + " shapes the load table: ask for it with table: true");
    const EstimateAnswer a = estimate_answer(load, called, formula, request);
    write_estimate_members(w, a, unit);
    if (with_table) {
        w.key("table");
        write_load_table(w, a.estimate.e1rm, formula, unit, read_table(in, unit));
    }
    w.end_object();
}

void load_for_target(const json& in, Call& call) {
    AnswerWriter& w = call.writer();
    const double e1rm = read_load(in, "e1rm");
    const Effort target = api::read_effort(in);
    const Formula formula = read_formula(in);
    const units::Unit unit = read_unit(in);
    const Equipment equipment = read_equipment_or_barbell(in, unit);
    const RoundingMode mode = read_rounding(in);
    const UncertaintyRequest request = read_uncertainty(in);
    write_target(w, target_answer(e1rm, target, formula, equipment, unit, mode, request), formula, unit, mode, equipment);
}

void load_table(const json& in, Call& call) {
    AnswerWriter& w = call.writer();
    const double e1rm = read_load(in, "e1rm");
    const Formula formula = read_formula(in);
    const units::Unit unit = read_unit(in);
    write_load_table(w, e1rm, formula, unit, read_table(in, unit));
}

void calibrate_rir(const json& in, Call& call) {
    AnswerWriter& w = call.writer();
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
