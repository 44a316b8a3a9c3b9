#include "core/json/next_set_json.hpp"

#include "core/common/input_error.hpp"
#include "core/common/quoted_text.hpp"
#include "core/json/effort_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/load_documents.hpp"
#include "core/json/load_reader.hpp"
#include "core/profile/profile.hpp"
#include "core/shapes/history_contract.hpp"

namespace proximity::history {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {

// Default equipment for an exercise: its library or custom equipment, else a barbell;
// and how its load works (an exercise not given: an external load).
load::Equipment equipment_for(const json& in, const exercise::ExerciseLibrary& library, units::Unit unit, RestClass& rest_class,
                              exercise::LoadKind& kind) {
    rest_class = RestClass::Compound;
    kind = exercise::LoadKind::External;
    load::EquipmentType type = load::EquipmentType::Barbell;
    if (auto id = fields::read_optional_string(in, "exercise", "")) {
        const exercise::Exercise* e = library.find(*id);
        if (!e) throw_input_error("exercise", "exercise: unknown exercise " + quoted_input(*id));
        rest_class = rest_class_of(*e);
        type = profile::equipment_type_of(*e);
        kind = e->load_kind;
    }
    return read_equipment(in, unit).value_or(load::default_equipment(type, unit));
}

}  // namespace

NextSetInput read_next_set_input(const json& raw, const exercise::ExerciseLibrary& library) {
    const json& in = fields::require_object(raw, "");
    NextSetInput input;
    NextSetRequest& r = input.request;
    r.unit = read_unit(in);
    r.formula = read_formula(in);
    r.rounding = read_rounding(in);
    r.equipment = equipment_for(in, library, r.unit, input.rest_class, r.kind);
    if (fields::has(in, "e1rm")) r.e1rm_before = read_positive(in, "e1rm", "");
    if (fields::has(in, "bodyWeight"))
        r.body_weight = fields::read_number(in, "bodyWeight", "", profile::kBodyWeightLimit.min, profile::kBodyWeightLimit.max);

    if (!fields::has(in, "set")) throw_input_error("set", "set is required: the set just logged");
    const json& set = fields::require_object(in.at("set"), "set");
    fields::reject_unknown_fields(set, "set", shapes::kJustLoggedSet);
    // A bodyweight set may add nothing (load 0); any other set has a load.
    r.load = r.kind == exercise::LoadKind::External ? read_positive(set, "load", "set")
                                                    : fields::read_number(set, "load", "set", 0.0, load::kMaxLoad);
    if (fields::has(in, "calibration")) r.bias = read_calibration(in.at("calibration")).bias;
    r.failure = fields::read_bool_or(set, "failure", "set", false);
    const bool called = fields::has(set, "rir") || fields::has(set, "rpe");
    if (!called && !r.failure)
        throw_input_error("set", "set needs its effort (rir or rpe) or failure: true to re-estimate the e1RM");
    if (called && r.failure) throw_input_error("set.failure", "set: give rir or rpe, or failure: true, not both");
    if (r.failure) {
        json at_failure = set;  // reached failure: RIR 0, read with the same rules as any effort
        at_failure.erase("failure");
        at_failure.erase("type");
        at_failure["rir"] = 0;
        r.done = load::read_effort(at_failure, "set");
    } else {
        r.done = load::read_effort(set, "set");
    }
    if (fields::has(set, "failureReps")) {
        if (r.failure) throw_input_error("set.failureReps", "set: a test set gives its call (rir or rpe), not failure: true");
        r.failure_reps = fields::read_int(set, "failureReps", "set", int(r.done.reps), int(load::kFailureRepsLimit.max));
    }
    if (auto t = fields::read_optional_string(set, "type", "set")) {
        auto v = set_type_from_id(*t);
        if (!v) throw_input_error("set.type", "set.type must be one of " + set_type_ids() + " (got " + quoted_input(*t) + ")");
        input.type = *v;
    }

    if (!fields::has(in, "target")) throw_input_error("target", "target is required: the next set's reps and RIR or RPE");
    const json& target = fields::require_object(in.at("target"), "target");
    fields::reject_unknown_fields(target, "target", shapes::kSetTarget);
    if (!fields::has(target, "rir") && !fields::has(target, "rpe"))
        throw_input_error("target", "target needs rir or rpe");
    r.target = load::read_effort(target, "target");

    return input;
}

json next_set_load_json(const NextSetLoad& next, const NextSetInput& input) {
    const NextSetRequest& r = input.request;
    json out;
    out["e1rm"] = next.e1rm;
    if (next.change) out["change"] = *next.change;
    out["load"] = next.load;
    out["percent"] = next.percent;
    out["rounded"] = rounded_json(next.rounded, r.equipment);
    if (next.effective) out["effectiveLoad"] = *next.effective;
    out["unit"] = units::unit_name(r.unit);
    out["formula"] = load::formula_name(r.formula);
    out["reason"] = next.reason;
    out["rest"]["seconds"] = rest_seconds(input.rest_class, input.type);
    out["rest"]["class"] = rest_class_id(input.rest_class);
    out["warnings"] = next.warnings;
    return out;
}

}  // namespace proximity::history
