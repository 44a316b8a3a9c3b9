#pragma once
// What the analysis needs to know about a logged exercise, whether it is in the library
// or one of the history's custom exercises (which have a class and equipment but no
// muscles, so they count toward no muscle's weekly sets).
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"
#include "core/load/equipment.hpp"
#include "core/plan/fatigue_cost.hpp"
#include "core/units/unit.hpp"

#include <string>

namespace proximity::analysis {

struct ExerciseInfo {
    std::string id;
    std::string library_name;               // the library's (or custom exercise's) name
    const exercise::Exercise* library = nullptr;  // null for a custom exercise
    exercise::MovementClass movement_class = exercise::MovementClass::Compound;
    exercise::Equipment kind = exercise::Equipment::FreeWeight;
    plan::LoadClass load_class = plan::LoadClass::Compound;
    exercise::LoadKind load_kind = exercise::LoadKind::External;  // custom exercises: external
};

// `id` must be in the library or among `custom` (read_history guarantees it).
ExerciseInfo exercise_info(const std::string& id, const exercise::ExerciseLibrary& library,
                           const std::vector<history::CustomExercise>& custom);

// The equipment a lifter most likely loads the exercise with, when they have not said:
// a machine or cable stack; dumbbells for a free-weight exercise named with "dumbbell"
// (and for added weight on a bodyweight exercise); otherwise a barbell. The defaults of
// core/load/equipment.hpp for the unit.
load::Equipment default_equipment_for(const ExerciseInfo& info, units::Unit unit);

}  // namespace proximity::analysis
