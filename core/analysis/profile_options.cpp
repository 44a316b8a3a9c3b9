#include "core/analysis/profile_options.hpp"

namespace proximity::analysis {

void apply_profile(AnalysisOptions& o, const profile::Profile& lifter) {
    o.unit = lifter.unit;
    o.status = lifter.status;
    o.safety = lifter.safety;
    if (lifter.calibration) o.calibration = lifter.calibration;
    o.profile = lifter;
}

load::Equipment equipment_of(const AnalysisOptions& o, const ExerciseInfo& info) {
    if (auto it = o.equipment.find(info.id); it != o.equipment.end()) return it->second;
    const load::Equipment guess = default_equipment_for(info, o.unit);
    // The profile's equipment is in the profile's unit: it applies to answers in that unit.
    if (!o.profile || o.profile->unit != o.unit) return guess;
    const profile::Profile& p = *o.profile;
    if (info.library || p.exercise_equipment.count(info.id)) return profile::equipment_for(p, info.id, info.library);
    // A custom exercise has no library entry: its likely kind picks the profile's equipment.
    const std::optional<load::Equipment>& mine = guess.type == load::EquipmentType::Barbell    ? p.barbell
                                                 : guess.type == load::EquipmentType::Dumbbell ? p.dumbbell
                                                                                               : p.machine;
    return mine.value_or(guess);
}

}  // namespace proximity::analysis
