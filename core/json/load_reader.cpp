#include "core/json/load_reader.hpp"

#include "core/shapes/load_shapes.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"
#include "core/json/effort_fields.hpp"
#include "core/json/json_fields.hpp"
#include "core/load/equipment_limits.hpp"
#include "core/load/weight_ticks.hpp"

#include <cmath>
#include <limits>
#include <vector>

namespace proximity {

using nlohmann::json;
using namespace proximity::load;
using fields::path;

namespace {

constexpr int kMaxCalibrationSets = 500;
constexpr int kMaxPlateSizes = 20;
constexpr int kMaxDumbbells = 200;

std::string item(const std::string& field, size_t i) { return field + "[" + std::to_string(i) + "]"; }

using fields::read_array;

// A weight the equipment can hold exactly: positive and a whole number of thousandths.
double read_weight(const json& obj, const std::string& name, const std::string& parent, double max,
                   bool allow_zero = false) {
    const std::string field = path(parent, name);
    const double v = allow_zero ? fields::read_number(obj, name, parent, 0.0, max) : read_positive(obj, name, parent, max);
    if (!is_whole_ticks(v)) throw InputError(field, field + " must have at most 3 decimals");
    return v;
}

FailureTestSet read_failure_test_set(const json& raw, const std::string& where) {
    if (!raw.is_object()) throw InputError(where, where + " must be an object {reps, predictedRir, failureReps}");
    const json& s = raw;
    fields::reject_unknown_fields(s, where, shapes::kFailureTestSet);
    FailureTestSet set;
    set.reps = fields::read_int(s, "reps", where, kMinReps, kMaxReps);
    set.predicted_rir = fields::read_limited(s, "predictedRir", where, kRirLimit);
    set.failure_reps = fields::read_int(s, "failureReps", where, static_cast<int>(load::kFailureRepsLimit.min),
                                        static_cast<int>(load::kFailureRepsLimit.max));
    const std::string field = path(where, "failureReps");
    if (set.failure_reps < set.reps)
        throw InputError(field, field + " (" + std::to_string(set.failure_reps) +
                                    ") must be at least reps (" + std::to_string(set.reps) +
                                    "): the set went on to failure from there");
    if (set.actual_rir() > kMaxRir)
        throw InputError(field, field + " leaves " + number_text(set.actual_rir()) +
                                    " reps in reserve at the call, beyond the RIR scale (0-10); "
                                    "call RIR near failure for calibration");
    return set;
}


std::vector<PlateStock> read_plates(const json& obj, const std::string& parent) {
    const json& list = read_array(obj, "plates", parent, 0, kMaxPlateSizes);
    std::vector<PlateStock> plates;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = item(path(parent, "plates"), i);
        if (!list[i].is_object()) throw InputError(where, where + " must be an object {weight, count}");
        fields::reject_unknown_fields(list[i], where, shapes::kPlate);
        PlateStock p;
        p.weight = read_weight(list[i], "weight", where, load::kPlateWeightLimit.max);
        p.count = fields::read_int(list[i], "count", where, static_cast<int>(load::kPlateCountLimit.min),
                                  static_cast<int>(load::kPlateCountLimit.max));
        plates.push_back(p);
    }
    return plates;
}

// Dumbbells without a list, and machines: min, min + increment, ... up to max. Given
// any of the three, the missing ones are: increment the unit's default, min =
// increment, no max.
void read_steps(const json& e, const std::string& parent, Equipment& out) {
    if (!fields::has(e, "increment") && !fields::has(e, "min") && !fields::has(e, "max")) return;
    if (fields::has(e, "increment")) out.increment = read_weight(e, "increment", parent, load::kStepWeightLimit.max);
    out.min = fields::has(e, "min") ? read_weight(e, "min", parent, load::kStackWeightLimit.max, true) : out.increment;
    out.max = std::numeric_limits<double>::infinity();
    if (fields::has(e, "max")) {
        out.max = read_weight(e, "max", parent, load::kStackWeightLimit.max);
        const std::string field = path(parent, "max");
        if (out.max < out.min)
            throw InputError(field, field + " (" + number_text(out.max) + ") must not be below min (" +
                                        number_text(out.min) + ")");
    }
}

std::vector<double> read_dumbbell_list(const json& e, const std::string& parent) {
    const std::string field = path(parent, "weights");
    const json& list = read_array(e, "weights", parent, 1, kMaxDumbbells);
    std::vector<double> weights;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = item(field, i);
        if (!list[i].is_number()) throw InputError(where, where + " must be a number");
        const double w = list[i].get<double>();
        if (!std::isfinite(w) || w <= 0.0 || w > 1000.0)
            throw InputError(where, where + " must be greater than 0 and at most 1000 (got " + number_text(w) + ")");
        if (!is_whole_ticks(w)) throw InputError(where, where + " must have at most 3 decimals");
        weights.push_back(w);
    }
    return weights;
}

}  // namespace

std::optional<Experience> read_experience(const json& in) {
    if (fields::has(in, "lifter")) fields::reject_unknown_fields(in.at("lifter"), "lifter", shapes::kExperienceLifter);
    const bool has_lifter = fields::has(in, "lifter");
    if (has_lifter && fields::has(in, "experience"))
        throw InputError("lifter", "give experience or lifter.status, not both");
    const std::string field = has_lifter ? "lifter.status" : "experience";
    const json& obj = has_lifter ? fields::require_object(in.at("lifter"), "lifter") : in;
    auto name = fields::read_optional_string(obj, has_lifter ? "status" : "experience", "");
    if (!name) {
        if (has_lifter) throw InputError(field, field + " is required");
        return std::nullopt;
    }
    auto e = experience_from_name(*name);
    if (!e) throw InputError(field, field + " must be one of " + experience_names_list() + " (got " + quoted_input(*name) + ")");
    return e;
}

double read_load(const json& obj, const std::string& name) {
    return fields::read_number(obj, name, "", kMinLoad, kMaxLoad);
}

RirCalibration read_calibration(const json& raw, const analysis::CallPrior& prior) {
    const std::string where = "calibration";
    const json& c = fields::require_object(raw, where);
    // A saved calibration is what calibrateRir answered: misjudgement comes back with it.
    fields::reject_unknown_fields(c, where, shapes::kCalibration);
    if (fields::has(c, "sets")) {
        if (fields::has(c, "bias")) throw InputError("calibration.bias", "give calibration.sets or a saved bias, not both");
        return analysis::fit_tests(read_failure_test_sets(c.at("sets"), "calibration.sets"), prior);
    }
    RirCalibration cal;
    cal.bias = fields::read_number(c, "bias", where, load::kCalibrationBiasLimit.min, load::kCalibrationBiasLimit.max);
    cal.count = fields::read_int_or(c, "count", where, 1, 100000, 1);
    cal.spread = fields::read_optional_number(c, "spread", where, load::kCalibrationSpreadLimit.min,
                                              load::kCalibrationSpreadLimit.max);
    if (cal.spread && cal.count < 2)
        throw InputError("calibration.count", "calibration.count must be at least 2 when a spread is given");
    return cal;
}

double read_positive(const json& obj, const std::string& name, const std::string& parent, double max) {
    const double v = fields::read_number(obj, name, parent, 0.0, max);
    if (v <= 0.0) {
        const std::string field = path(parent, name);
        throw InputError(field, field + " must be greater than 0");
    }
    return v;
}

Formula read_formula(const json& in) {
    auto name = fields::read_optional_string(in, "formula", "");
    if (!name) return kDefaultFormula;
    auto f = formula_from_name(*name);
    if (!f) throw InputError("formula", "formula must be one of " + formula_names_list() + " (got " + quoted_input(*name) + ")");
    return *f;
}

units::Unit read_unit(const json& in, const std::string& name, const std::string& parent) {
    return *units::unit_from_name(fields::read_enum_or(in, name, parent, {"kg", "lb"}, "kg"));
}

RoundingMode read_rounding(const json& in) {
    return fields::read_enum_or(in, "rounding", "", {"nearest", "down"}, "nearest") == "down" ? RoundingMode::Down
                                                                                             : RoundingMode::Nearest;
}

UncertaintyRequest read_uncertainty(const json& in) {
    UncertaintyRequest r;
    r.experience = read_experience(in);
    r.misjudgement = fields::read_optional_number(in, "misjudgement", "", 0.0, kMaxRir);
    if (fields::has(in, "calibration")) r.calibration = read_calibration(in.at("calibration"), analysis::call_prior(r.experience));
    return r;
}

std::vector<FailureTestSet> read_failure_test_sets(const json& sets, const std::string& field) {
    if (!sets.is_array()) throw InputError(field, field + " must be a list of failure test sets");
    if (sets.empty()) throw InputError(field, field + " needs at least one failure test set");
    if (sets.size() > kMaxCalibrationSets)
        throw InputError(field, field + " can hold at most " + std::to_string(kMaxCalibrationSets) + " sets");
    std::vector<FailureTestSet> parsed;
    for (size_t i = 0; i < sets.size(); ++i) parsed.push_back(read_failure_test_set(sets[i], item(field, i)));
    return parsed;
}

std::optional<Equipment> read_equipment(const json& in, units::Unit unit) {
    if (!fields::has(in, "equipment")) return std::nullopt;
    return read_equipment_at(in.at("equipment"), "equipment", unit);
}

Equipment read_equipment_or_barbell(const json& in, units::Unit unit) {
    return read_equipment(in, unit).value_or(default_equipment(EquipmentType::Barbell, unit));
}

Equipment read_equipment_at(const json& e, const std::string& where, units::Unit unit) {
    if (!e.is_object()) throw InputError(where, where + " must be an object");
    fields::reject_unknown_fields(e, where, shapes::kEquipment);
    if (fields::has(e, "unit") && read_unit(e, "unit", where) != unit)
        throw InputError(path(where, "unit"), "the equipment is in " + fields::read_string(e, "unit", where) +
                                               " but the request is in " + units::unit_name(unit) +
                                               ": give both in the same unit");
    const std::string type = fields::read_enum(e, "type", where, {"barbell", "dumbbell", "machine"});
    const EquipmentType t = *equipment_type_from_name(type);
    Equipment out = default_equipment(t, unit);
    if (t == EquipmentType::Barbell) {
        if (fields::has(e, "bar")) out.bar = read_weight(e, "bar", where, load::kBarWeightLimit.max, true);
        if (fields::has(e, "plates")) out.plates = read_plates(e, where);
        return out;
    }
    if (fields::has(e, "weights")) {
        if (t == EquipmentType::Machine)
            throw InputError(path(where, "weights"), "a machine takes increment, min and max, not weights");
        if (fields::has(e, "increment") || fields::has(e, "min") || fields::has(e, "max"))
            throw InputError(path(where, "weights"), "give a list of dumbbell weights or increment/min/max, not both");
        out.weights = read_dumbbell_list(e, where);
        return out;
    }
    read_steps(e, where, out);
    return out;
}

}  // namespace proximity
