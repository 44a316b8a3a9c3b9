#pragma once
// The fields of the exercise library methods (core/api/exercise_api.cpp): what each
// takes and answers. The engine checks them (core/api/field_check.hpp); the exercise's
// own fields are read by core/json/exercise_json.hpp.
#include "core/shapes/field.hpp"

namespace proximity::shapes {

using T = FieldType;

inline constexpr Field kExercisesInput[] = {
    {"ids", T::Array, false, "the exercise ids to answer, in this order (default: the whole library)", nullptr,
     nullptr, "string"}};
inline constexpr Field kRiskFlagsFields[] = {
    {"spinalLoading", T::Boolean, false, "the spine carries or resists the load"},
    {"injuryRiskWhenFatigued", T::Boolean, false, "form breaks down in an injurious way near failure"},
    {"needsSpotter", T::Boolean, false, "a failed rep traps the lifter without a spotter or pins"},
    {"heavyCompound", T::Boolean, false, "a heavy multi-joint lift, costly to take to failure"}};
inline constexpr Shape kRiskFlags{"RiskFlags", "What makes failure risky on an exercise (absent: false).",
                                  kRiskFlagsFields};

// One exercise, as px.exercises() answers it and px.addExercise takes it.
inline constexpr Field kExercise[] = {
    {"id", T::String, true, "its id: lowercase letters, digits and hyphens (e.g. cable-crossover)"},
    {"name", T::String, true, "its name, 1 to 80 characters"},
    {"class", T::String, true, "compound or isolation"},
    {"equipment", T::String, true, "freeWeight, machine, cable or bodyweight"},
    {"load", T::String, false, "how its load counts: external (default), bodyweightPlus (added to the body) or bodyweightMinus (assistance)"},
    {"primary", T::Array, true, "the muscles it trains most (muscle ids, see muscles)", nullptr, nullptr, "string"},
    {"secondary", T::Array, false, "the muscles it also trains", nullptr, nullptr, "string"},
    {"risk", T::Object, false, "what makes failure risky on it", nullptr, nullptr, nullptr, &kRiskFlags},
    {"custom", T::Boolean, false, "added by the lifter (answered; ignored when sent back)"}};
inline constexpr Shape kExerciseShape{"Exercise", "An exercise: as exercises() answers it and addExercise takes it.",
                                     kExercise};

inline constexpr Field kMuscle[] = {{"id", T::String, true, "the muscle's id"},
                                    {"name", T::String, true, "its name"}};

}  // namespace proximity::shapes
