#include "core/exercise/muscle.hpp"

namespace proximity::exercise {

namespace {

struct MuscleInfo {
    Muscle muscle;
    const char* id;
    const char* name;
};

constexpr MuscleInfo kMuscles[] = {
    {Muscle::Chest, "chest", "Chest"},
    {Muscle::FrontDelts, "frontDelts", "Front delts"},
    {Muscle::SideDelts, "sideDelts", "Side delts"},
    {Muscle::RearDelts, "rearDelts", "Rear delts"},
    {Muscle::Lats, "lats", "Lats"},
    {Muscle::UpperBack, "upperBack", "Upper back"},
    {Muscle::Traps, "traps", "Traps"},
    {Muscle::Biceps, "biceps", "Biceps"},
    {Muscle::Triceps, "triceps", "Triceps"},
    {Muscle::Forearms, "forearms", "Forearms"},
    {Muscle::Abs, "abs", "Abs"},
    {Muscle::LowerBack, "lowerBack", "Lower back"},
    {Muscle::Glutes, "glutes", "Glutes"},
    {Muscle::Quads, "quads", "Quads"},
    {Muscle::Hamstrings, "hamstrings", "Hamstrings"},
    {Muscle::Adductors, "adductors", "Adductors"},
    {Muscle::Calves, "calves", "Calves"},
};

const MuscleInfo& info(Muscle m) { return kMuscles[static_cast<int>(m)]; }

}  // namespace

const std::vector<Muscle>& all_muscles() {
    static const std::vector<Muscle> muscles = [] {
        std::vector<Muscle> out;
        for (const auto& m : kMuscles) out.push_back(m.muscle);
        return out;
    }();
    return muscles;
}

const char* muscle_id(Muscle m) { return info(m).id; }
const char* muscle_name(Muscle m) { return info(m).name; }

std::optional<Muscle> muscle_from_id(const std::string& id) {
    for (const auto& m : kMuscles)
        if (id == m.id) return m.muscle;
    return std::nullopt;
}

std::string muscle_ids_list() {
    std::string out;
    for (const auto& m : kMuscles) out += (out.empty() ? "" : ", ") + std::string(m.id);
    return out;
}

}  // namespace proximity::exercise
