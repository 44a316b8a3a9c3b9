#include "core/json/profile_writer.hpp"

#include "core/json/load_documents.hpp"

namespace proximity::profile {

using nlohmann::json;

namespace {
json equipment_or_default(const std::optional<load::Equipment>& e, load::EquipmentType type, units::Unit unit) {
    json out = equipment_json(e.value_or(load::default_equipment(type, unit)));
    out.erase("type");  // implied by the key
    return out;
}
}  // namespace

json profile_to_json(const Profile& p) {
    json out;
    out["version"] = kProfileVersion;
    out["unit"] = units::unit_name(p.unit);
    out["status"] = policy::lifter_status_id(p.status);
    out["safety"] = safety_id(p.safety);
    json equipment;
    equipment["barbell"] = equipment_or_default(p.barbell, load::EquipmentType::Barbell, p.unit);
    equipment["dumbbell"] = equipment_or_default(p.dumbbell, load::EquipmentType::Dumbbell, p.unit);
    equipment["machine"] = equipment_or_default(p.machine, load::EquipmentType::Machine, p.unit);
    json overrides = json::object();
    for (const auto& [id, e] : p.exercise_equipment) overrides[id] = equipment_json(e);
    equipment["exercises"] = std::move(overrides);
    out["equipment"] = std::move(equipment);
    if (p.calibration) {
        json c = {{"bias", p.calibration->bias}, {"count", p.calibration->count}};
        if (p.calibration->spread) c["spread"] = *p.calibration->spread;
        out["calibration"] = std::move(c);
    }
    json maxes = json::object();
    for (const auto& [id, m] : p.e1rm) maxes[id] = {{"value", m.value}, {"date", m.date}, {"source", max_source_id(m.source)}};
    out["e1rm"] = std::move(maxes);
    json weights = json::array();
    for (const BodyWeight& b : p.body_weight) weights.push_back({{"date", b.date}, {"value", b.value}});
    out["bodyWeight"] = std::move(weights);
    return out;
}

json body_weight_import_json(const BodyWeightImport& result) {
    json skipped = json::array();
    for (const history::SkippedWeighing& s : result.report.skipped) skipped.push_back({{"line", s.line}, {"reason", s.reason}});
    json out;
    out["profile"] = profile_to_json(result.profile);
    out["report"] = {{"format", history::body_weight_format_id(result.report.format)},
                     {"rows", result.report.rows},
                     {"imported", result.report.imported},
                     {"kept", result.report.kept},
                     {"skipped", std::move(skipped)}};
    return out;
}

}  // namespace proximity::profile
