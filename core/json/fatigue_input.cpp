#include "core/json/fatigue_input.hpp"

#include "core/shapes/plan_contract.hpp"

#include "core/common/input_error.hpp"
#include "core/json/json_fields.hpp"
#include "core/policy/set_context.hpp"

namespace proximity::plan {

using nlohmann::json;

namespace {

std::string read_sign_name(const json& value, const std::string& field) {
    const std::string sign = value.is_string() ? value.get<std::string>() : "";
    if (!policy::is_fatigue_sign(sign))
        throw InputError(field, field + " must be one of " + policy::fatigue_signs_list() + " (got " + value.dump() + ")");
    return sign;
}

plan::MuscleFatigue read_sign(const json& value, const std::string& field) {
    plan::MuscleFatigue f;
    if (!value.is_object()) {
        if (!value.is_string())
            throw InputError(field, field + " must be a sign such as \"performanceDrop\" or {sign, muscles}");
        f.sign = read_sign_name(value, field);
        return f;
    }
    if (!value.contains("sign")) throw InputError(field + ".sign", field + ".sign is required");
    f.sign = read_sign_name(value.at("sign"), field + ".sign");
    if (!fields::has(value, "muscles")) return f;
    const json& muscles = value.at("muscles");
    if (!muscles.is_array()) throw InputError(field + ".muscles", field + ".muscles must be a list of muscle ids");
    for (size_t i = 0; i < muscles.size(); ++i) {
        const std::string where = field + ".muscles[" + std::to_string(i) + "]";
        const auto m = muscles[i].is_string() ? exercise::muscle_from_id(muscles[i].get<std::string>()) : std::nullopt;
        if (!m) throw InputError(where, where + " must be one of " + exercise::muscle_ids_list() + " (got " + muscles[i].dump() + ")");
        f.muscles.push_back(*m);
    }
    return f;
}

}  // namespace

plan::PlanFatigue read_plan_fatigue(const json& in, const std::string& name) {
    plan::PlanFatigue out;
    if (!fields::has(in, name)) return out;
    const json& f = fields::require_object(in.at(name), name);
    fields::reject_unknown_fields(f, name, shapes::kPlanFatigue);
    out.week = fields::read_optional_int(f, "week", name, 0, 1000);
    if (!fields::has(f, "signs")) return out;
    const json& signs = f.at("signs");
    const std::string field = name + ".signs";
    if (!signs.is_array()) throw InputError(field, field + " must be a list such as [\"performanceDrop\"]");
    if (signs.size() > 500) throw InputError(field, field + " may hold at most 500 signs");
    for (size_t i = 0; i < signs.size(); ++i) out.signs.push_back(read_sign(signs[i], field + "[" + std::to_string(i) + "]"));
    return out;
}

}  // namespace proximity::plan
