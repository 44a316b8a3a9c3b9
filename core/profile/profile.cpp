#include "core/profile/profile.hpp"

#include <algorithm>

#include "core/common/enum_names.hpp"

namespace proximity::profile {

namespace {
constexpr std::array<EnumName<MaxSource>, 3> kSources{
    {{MaxSource::History, "history"}, {MaxSource::Calculator, "calculator"}, {MaxSource::Typed, "typed"}}};
}  // namespace

bool counts_as_spotter(Safety s) { return s == Safety::Spotter; }

const char* max_source_id(MaxSource s) { return enum_name(kSources, s); }
std::optional<MaxSource> max_source_from_id(const std::string& id) { return enum_from_name(kSources, id); }
std::vector<std::string> max_source_ids() { return enum_ids(kSources); }

load::EquipmentType equipment_type_of(const exercise::Exercise& e) {
    if (e.equipment == exercise::Equipment::Machine || e.equipment == exercise::Equipment::Cable ||
        e.load_kind != exercise::LoadKind::External)
        return load::EquipmentType::Machine;
    if (e.id.rfind("db-", 0) == 0 || e.name.find("(dumbbell") != std::string::npos) return load::EquipmentType::Dumbbell;
    return load::EquipmentType::Barbell;
}

load::Equipment equipment_for(const Profile& p, const std::string& exercise_id, const exercise::Exercise* e) {
    if (auto it = p.exercise_equipment.find(exercise_id); it != p.exercise_equipment.end()) return it->second;
    const load::EquipmentType type = e ? equipment_type_of(*e) : load::EquipmentType::Barbell;
    const std::optional<load::Equipment>& own = type == load::EquipmentType::Barbell    ? p.barbell
                                                : type == load::EquipmentType::Dumbbell ? p.dumbbell
                                                                                        : p.machine;
    return own.value_or(load::default_equipment(type, p.unit));
}

const WorkingMax* working_max(const Profile& p, const std::string& exercise_id) {
    auto it = p.e1rm.find(exercise_id);
    return it == p.e1rm.end() ? nullptr : &it->second;
}

std::optional<policy::RirCalibration> policy_calibration(const Profile& p) {
    if (!p.calibration) return std::nullopt;
    return policy::RirCalibration{p.calibration->bias, p.calibration->spread.value_or(0.0)};
}

std::optional<double> body_weight_on(const Profile& p, const std::string& date) {
    if (p.body_weight.empty()) return std::nullopt;
    const std::string day = date.substr(0, 10);
    const BodyWeight* best = &p.body_weight.front();
    for (const BodyWeight& b : p.body_weight)
        if (b.date <= day) best = &b;
    return best->value;
}

void set_body_weight(Profile& p, const std::string& date, double value) {
    const std::string day = date.substr(0, 10);
    auto it = std::lower_bound(p.body_weight.begin(), p.body_weight.end(), day,
                               [](const BodyWeight& b, const std::string& d) { return b.date < d; });
    if (it != p.body_weight.end() && it->date == day) it->value = value;
    else p.body_weight.insert(it, BodyWeight{day, value});
}

}  // namespace proximity::profile
