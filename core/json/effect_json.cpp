#include "core/json/effect_json.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/json/json_fields.hpp"
#include "core/shapes/policy_shapes.hpp"

namespace proximity::policy {

using nlohmann::json;

namespace {


Verdict read_verdict(const json& obj, const std::string& key, const std::string& path) {
    const std::string field = fields::path(path, key);
    const json& v = obj.at(key);
    auto verdict = v.is_string() ? verdict_from_id(v.get<std::string>()) : std::nullopt;
    if (!verdict) throw_input_error(field, field + " must be one of " + verdict_ids_list() + " (got " + v.dump() + ")");
    return *verdict;
}

RirRange read_range(const json& obj, const std::string& path) {
    const json& r = fields::require_object(obj, path);
    fields::reject_unknown_fields(r, path, shapes::kRirRange);
    RirRange range{fields::read_number(r, "min", path, 0, kMaxRir), fields::read_number(r, "max", path, 0, kMaxRir)};
    if (range.min > range.max)
        throw_input_error(path, path + ".min must not be above " + path + ".max");
    return range;
}

TechniqueEffect read_technique(const json& obj, const std::string& path) {
    const json& t = fields::require_object(obj, path);
    fields::reject_unknown_fields(t, path, shapes::kTechniqueEffect);
    TechniqueEffect out;
    out.present = true;
    if (!fields::has(t, "allow")) throw_input_error(fields::path(path, "allow"), fields::path(path, "allow") + " is required (true or false)");
    out.allow = fields::read_bool_or(t, "allow", path, false);
    out.limit = fields::read_optional_string(t, "limit", path).value_or("");
    out.per_session = fields::read_int_or(t, "perSession", path, 1, 20, 0);
    return out;
}

}  // namespace

Effect read_effect(const json& value, const std::string& path) {
    if (!value.is_object() || value.empty())
        throw_input_error(path, path + " must be an object with at least one of " + fields::field_names(shapes::kRuleEffect));
    fields::reject_unknown_fields(value, path, shapes::kRuleEffect);
    Effect e;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const std::string& key = it.key();
        const std::string field = fields::path(path, key);
        if (key == "verdict") {
            e.verdict = read_verdict(value, key, path);
        } else if (key == "capVerdict") {
            e.cap = read_verdict(value, key, path);
        } else if (key == "rir") {
            e.rir = read_range(it.value(), field);
        } else if (key == "adjustRir") {
            const json& a = fields::require_object(it.value(), field);
            fields::reject_unknown_fields(a, field, shapes::kRirChange);
            e.adjusts = true;
            e.adjust_min = fields::read_number_or(a, "min", field, -5, 5, 0);
            e.adjust_max = fields::read_number_or(a, "max", field, -5, 5, 0);
        } else if (key == "limitRir") {
            const json& l = fields::require_object(it.value(), field);
            fields::reject_unknown_fields(l, field, shapes::kRirChange);
            e.rir_floor = fields::read_optional_number(l, "min", field, 0, kMaxRir);
            e.rir_ceiling = fields::read_optional_number(l, "max", field, 0, kMaxRir);
            if (!e.rir_floor && !e.rir_ceiling) throw_input_error(field, field + " needs min, max or both");
            if (e.rir_floor && e.rir_ceiling && *e.rir_floor > *e.rir_ceiling)
                throw_input_error(field, field + ".min must not be above " + field + ".max");
        } else if (key == "techniques") {
            const json& t = fields::require_object(it.value(), field);
            if (t.empty()) throw_input_error(field, field + " must name at least one technique");
            for (auto ti = t.begin(); ti != t.end(); ++ti) {
                auto tech = technique_from_id(ti.key());
                if (!tech || *tech == Technique::CalibrationTest)
                    throw_input_error(fields::path(field, ti.key()),
                                     "unknown technique " + quoted_input(ti.key()) + " (expected dropSet, restPause, forcedReps, myoReps)");
                e.techniques[static_cast<size_t>(*tech)] = read_technique(ti.value(), fields::path(field, ti.key()));
            }
        } else if (key == "calibrationTest") {
            e.techniques[static_cast<size_t>(Technique::CalibrationTest)] = read_technique(it.value(), field);
        }
    }
    return e;
}

}  // namespace proximity::policy
