#include "core/analysis/exercise_info.hpp"

#include <algorithm>
#include <cctype>

namespace proximity::analysis {

namespace {

bool mentions_dumbbell(const std::string& text) {
    std::string lower(text.size(), ' ');
    std::transform(text.begin(), text.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.find("dumbbell") != std::string::npos || lower.find("-db-") != std::string::npos ||
           lower.rfind("db-", 0) == 0;
}

}  // namespace

ExerciseInfo exercise_info(const std::string& id, const exercise::ExerciseLibrary& library,
                           const std::vector<history::CustomExercise>& custom) {
    ExerciseInfo info;
    info.id = id;
    if (const exercise::Exercise* e = library.find(id)) {
        info.library = e;
        info.library_name = e->name;
        info.movement_class = e->movement_class;
        info.kind = e->equipment;
        info.load_class = plan::load_class(*e);
        info.load_kind = e->load_kind;
        return info;
    }
    for (const history::CustomExercise& c : custom) {
        if (c.id != id) continue;
        info.library_name = c.name;
        info.movement_class = c.movement_class;
        info.kind = c.equipment;
        info.load_class = c.movement_class == exercise::MovementClass::Isolation ? plan::LoadClass::Isolation
                                                                                 : plan::LoadClass::Compound;
        break;
    }
    return info;
}

load::Equipment default_equipment_for(const ExerciseInfo& info, units::Unit unit) {
    switch (info.kind) {
        case exercise::Equipment::Machine:
        case exercise::Equipment::Cable: return load::default_equipment(load::EquipmentType::Machine, unit);
        case exercise::Equipment::Bodyweight: return load::default_equipment(load::EquipmentType::Dumbbell, unit);
        case exercise::Equipment::FreeWeight: break;
    }
    const bool dumbbell = mentions_dumbbell(info.id) || mentions_dumbbell(info.library_name);
    return load::default_equipment(dumbbell ? load::EquipmentType::Dumbbell : load::EquipmentType::Barbell, unit);
}

}  // namespace proximity::analysis
