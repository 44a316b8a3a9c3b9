#include "core/profile/profile.hpp"

#include "core/common/enum_names.hpp"

namespace proximity::profile {

namespace {
constexpr std::array<EnumName<MaxSource>, 3> kSources{
    {{MaxSource::History, "history"}, {MaxSource::Calculator, "calculator"}, {MaxSource::Typed, "typed"}}};
}  // namespace

bool counts_as_spotter(Safety s) { return s == Safety::Spotter; }

const char* max_source_id(MaxSource s) { return enum_name(kSources, s); }
std::optional<MaxSource> max_source_from_id(const std::string& id) { return enum_from_name(kSources, id); }

load::EquipmentType equipment_type_of(const exercise::Exercise& e) {
    if (e.equipment == exercise::Equipment::Machine || e.equipment == exercise::Equipment::Cable)
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

}  // namespace proximity::profile
