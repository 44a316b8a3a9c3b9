#include "core/json/profile_reader.hpp"

#include "core/shapes/profile_shapes.hpp"
#include "core/common/quoted_text.hpp"

#include "core/json/load_reader.hpp"
#include "core/common/input_error.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/read_under.hpp"

#include <algorithm>
#include <cctype>

namespace proximity::profile {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {


void check_exercise_id(const std::string& id, const std::string& where, const exercise::ExerciseLibrary& library) {
    if (library.find(id) || (id.rfind("custom-", 0) == 0 && id.size() > 7)) return;
    throw_input_error(where, where + ": unknown exercise " + quoted_input(id));
}

// Equipment as the profile keeps it: in the profile's unit, its type implied under
// barbell, dumbbell and machine.
load::Equipment read_kept_equipment(const json& value, const std::string& where, units::Unit unit,
                                    std::optional<load::EquipmentType> implied) {
    if (!value.is_object()) throw_input_error(where, where + " must be an object");
    fields::reject_unknown_fields(value, where, shapes::kKeptEquipment);
    if (!implied) return read_equipment_at(value, where, unit);
    const char* name = load::equipment_type_name(*implied);
    if (value.contains("type") && value["type"] != name)
        throw_input_error(where + ".type", where + ".type must be " + quoted_input(name) + " here");
    json typed = value;
    typed["type"] = name;
    return read_equipment_at(typed, where, unit);
}

void read_equipment_block(const json& doc, Profile& p, const exercise::ExerciseLibrary& library) {
    if (!fields::has(doc, "equipment")) return;
    const json& e = fields::require_object(doc.at("equipment"), "equipment");
    fields::reject_unknown_fields(e, "equipment", shapes::kProfileEquipment);
    if (fields::has(e, "barbell")) p.barbell = read_kept_equipment(e["barbell"], "equipment.barbell", p.unit, load::EquipmentType::Barbell);
    if (fields::has(e, "dumbbell")) p.dumbbell = read_kept_equipment(e["dumbbell"], "equipment.dumbbell", p.unit, load::EquipmentType::Dumbbell);
    if (fields::has(e, "machine")) p.machine = read_kept_equipment(e["machine"], "equipment.machine", p.unit, load::EquipmentType::Machine);
    if (!fields::has(e, "exercises")) return;
    const json& overrides = fields::require_object(e.at("exercises"), "equipment.exercises");
    for (const auto& [id, value] : overrides.items()) {
        const std::string where = fields::path("equipment.exercises", id);
        check_exercise_id(id, where, library);
        if (!value.is_object() || !value.contains("type"))
            throw_input_error(where + ".type", where + " needs a type (barbell, dumbbell or machine)");
        p.exercise_equipment[id] = read_kept_equipment(value, where, p.unit, std::nullopt);
    }
}

bool is_date(const std::string& s) {
    if (s.size() < 10 || s.size() > 32 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return s.size() == 10 || s[10] == 'T';
}

void read_maxes(const json& doc, Profile& p, const exercise::ExerciseLibrary& library) {
    if (!fields::has(doc, "e1rm")) return;
    const json& maxes = fields::require_object(doc.at("e1rm"), "e1rm");
    for (const auto& [id, value] : maxes.items()) {
        const std::string where = fields::path("e1rm", id);
        check_exercise_id(id, where, library);
        const json& m = fields::require_object(value, where);
        fields::reject_unknown_fields(m, where, shapes::kWorkingMax);
        WorkingMax w;
        w.value = read_positive(m, "value", where, kWorkingMaxLimit.max);
        w.date = fields::read_string(m, "date", where);
        if (!is_date(w.date))
            throw_input_error(where + ".date", where + ".date must be a date like 2026-12-01 (got " + quoted_input(w.date) + ")");
        w.source = *max_source_from_id(fields::read_enum(m, "source", where, max_source_ids()));
        p.e1rm[id] = w;
    }
}

// "bodyWeight": [{"date": "2026-12-01", "value": 82.5}, ...]; a date at most once.
void read_body_weight(const json& doc, Profile& p) {
    if (!fields::has(doc, "bodyWeight")) return;
    const json& log = doc.at("bodyWeight");
    if (!log.is_array()) throw_input_error("bodyWeight", "bodyWeight must be a list of {date, value}");
    if (log.size() > static_cast<size_t>(kMaxBodyWeightEntries))
        throw_input_error("bodyWeight", "bodyWeight has more than " + std::to_string(kMaxBodyWeightEntries) + " weighings");
    for (size_t i = 0; i < log.size(); ++i) {
        const std::string where = "bodyWeight[" + std::to_string(i) + "]";
        const json& b = fields::require_object(log[i], where);
        fields::reject_unknown_fields(b, where, shapes::kBodyWeight);
        const std::string date = fields::read_string(b, "date", where);
        if (!is_date(date) || date.size() != 10)
            throw_input_error(where + ".date", where + ".date must be a date like 2026-12-01 (got " + quoted_input(date) + ")");
        const double value = fields::read_number(b, "value", where, kBodyWeightLimit.min, kBodyWeightLimit.max);
        if (std::any_of(p.body_weight.begin(), p.body_weight.end(), [&](const BodyWeight& w) { return w.date == date; }))
            throw_input_error(where + ".date", where + ": the body weight of " + date + " is given twice");
        set_body_weight(p, date, value);
    }
}

}  // namespace

Profile read_profile(const json& raw, const exercise::ExerciseLibrary& library) {
    const json& doc = fields::require_object(raw, "");
    fields::reject_unknown_fields(doc, "", shapes::kProfile);
    const int version = fields::read_int(doc, "version", "", 1, 1000);
    // Version 1 had no body-weight log: read as is (migrated), written back as version 2.
    if (version < kOldestProfileVersion || version > kProfileVersion)
        throw_input_error("version", "this profile is version " + std::to_string(version) +
                                         "; this version of Proximity reads versions " +
                                         std::to_string(kOldestProfileVersion) + " to " + std::to_string(kProfileVersion));
    if (version < 2 && fields::has(doc, "bodyWeight"))
        throw_input_error("bodyWeight", "bodyWeight needs a version 2 profile");
    Profile p;
    p.unit = read_unit(doc);
    p.status = *policy::lifter_status_from_id(fields::read_enum_or(doc, "status", "", policy::lifter_status_ids(), "intermediate"));
    p.safety = *safety_from_id(fields::read_enum_or(doc, "safety", "", policy::safety_ids(), "none"));
    read_equipment_block(doc, p, library);
    if (fields::has(doc, "calibration")) {
        const json& c = fields::require_object(doc.at("calibration"), "calibration");
        fields::reject_unknown_fields(c, "calibration", shapes::kKeptCalibration);
        p.calibration = read_calibration(c, analysis::call_prior(p.status));  // the sets through the one model
    }
    read_maxes(doc, p, library);
    read_body_weight(doc, p);
    return p;
}

Profile read_profile_field(const json& in, const Profile* kept, const exercise::ExerciseLibrary& library) {
    if (!fields::has(in, "profile")) return kept ? *kept : Profile{};
    return fields::read_under("profile", [&] { return read_profile(in.at("profile"), library); });
}

}  // namespace proximity::profile
