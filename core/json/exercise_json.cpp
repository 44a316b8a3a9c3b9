#include "core/json/exercise_json.hpp"

#include "core/shapes/exercise_contract.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/common/kebab_id.hpp"
#include "core/common/text_length.hpp"
#include "core/json/json_fields.hpp"

#include <algorithm>

namespace proximity::exercise {

using nlohmann::json;

namespace {

constexpr size_t kMaxNameLength = 80;

struct RiskField {
    const char* id;
    bool RiskFlags::*flag;
};

// In the order of the described flags (shapes::kRiskFlags), which name them once.
constexpr RiskField kRiskFields[] = {
    {shapes::kRiskFlagsFields[0].name, &RiskFlags::spinal_loading},
    {shapes::kRiskFlagsFields[1].name, &RiskFlags::injury_risk_when_fatigued},
    {shapes::kRiskFlagsFields[2].name, &RiskFlags::needs_spotter},
    {shapes::kRiskFlagsFields[3].name, &RiskFlags::heavy_compound},
};
static_assert(std::size(kRiskFields) == std::size(shapes::kRiskFlagsFields), "a flag for every described risk");

std::vector<Muscle> read_muscles(const json& obj, const std::string& name, const std::string& path,
                                 bool required) {
    const std::string field = fields::path(path, name);
    if (!fields::has(obj, name)) {
        if (required) throw_input_error(field, field + " is required (a list of muscle ids)");
        return {};
    }
    const json& list = obj.at(name);
    if (!list.is_array()) throw_input_error(field, field + " must be a list of muscle ids");
    std::vector<Muscle> out;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string item = field + "[" + std::to_string(i) + "]";
        if (!list[i].is_string()) throw_input_error(item, item + " must be a muscle id (a string)");
        const std::string id = list[i].get<std::string>();
        auto m = muscle_from_id(id);
        if (!m) throw_input_error(item, "unknown muscle " + quoted_input(id) + "; muscles are " + muscle_ids_list());
        if (std::find(out.begin(), out.end(), *m) != out.end())
            throw_input_error(item, "muscle " + quoted_input(id) + " is listed twice in " + field);
        out.push_back(*m);
    }
    if (required && out.empty()) throw_input_error(field, field + " must name at least one muscle");
    return out;
}

RiskFlags read_risk(const json& obj, const std::string& path) {
    RiskFlags risk;
    const std::string field = fields::path(path, "risk");
    if (!fields::has(obj, "risk")) return risk;
    const json& r = fields::require_object(obj.at("risk"), field);
    fields::reject_unknown_fields(r, field, shapes::kRiskFlags);
    for (const auto& rf : kRiskFields) risk.*(rf.flag) = fields::read_bool_or(r, rf.id, field, false);
    return risk;
}

}  // namespace

Exercise read_exercise(const json& value, const std::string& path) {
    if (!value.is_object())
        throw_input_error(path, (path.empty() ? std::string("exercise") : path) + " must be an object");
    // "custom" is written by exercise_json and ignored on the way back in, so that an
    // exercise read from px.exercises() can be sent to px.addExercise unchanged.
    fields::reject_unknown_fields(value, path, shapes::kExercise);
    Exercise e;
    e.id = fields::read_string(value, "id", path);
    if (!is_kebab_id(e.id))
        throw_input_error(fields::path(path, "id"),
                         "id " + quoted_input(e.id) + " must be kebab-case: lowercase letters, digits and single hyphens, "
                         "starting with a letter, at most 64 characters (e.g. \"cable-crossover\")");
    e.name = fields::read_string(value, "name", path);
    if (e.name.find_first_not_of(" \t") == std::string::npos || code_points(e.name) > kMaxNameLength)
        throw_input_error(fields::path(path, "name"), "name must be 1 to 80 characters and not blank");
    e.movement_class = *movement_class_from_id(
        fields::read_enum(value, "class", path, {"compound", "isolation"}));
    e.equipment = *equipment_from_id(
        fields::read_enum(value, "equipment", path, {"freeWeight", "machine", "cable", "bodyweight"}));
    e.load_kind = *load_kind_from_id(fields::read_enum_or(value, "load", path, load_kind_ids(), "external"));
    e.primary = read_muscles(value, "primary", path, true);
    e.secondary = read_muscles(value, "secondary", path, false);
    for (size_t i = 0; i < e.secondary.size(); ++i)
        if (trains(e, e.secondary[i]))
            throw_input_error(fields::path(path, "secondary") + "[" + std::to_string(i) + "]",
                             std::string("muscle \"") + muscle_id(e.secondary[i]) +
                                 "\" is already a primary muscle of this exercise");
    e.risk = read_risk(value, path);
    return e;
}

json exercise_json(const Exercise& e) {
    json primary = json::array(), secondary = json::array();
    for (Muscle m : e.primary) primary.push_back(muscle_id(m));
    for (Muscle m : e.secondary) secondary.push_back(muscle_id(m));
    json risk = json::object();
    for (const auto& rf : kRiskFields) risk[rf.id] = e.risk.*(rf.flag);
    return json{{"id", e.id},
                {"name", e.name},
                {"class", movement_class_id(e.movement_class)},
                {"equipment", equipment_id(e.equipment)},
                {"load", load_kind_id(e.load_kind)},
                {"primary", primary},
                {"secondary", secondary},
                {"risk", risk},
                {"custom", e.custom}};
}

}  // namespace proximity::exercise
