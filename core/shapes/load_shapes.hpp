#pragma once
// The shapes inside the load methods' inputs (core/json/load_reader.hpp reads them):
// equipment and its plates, a calibration and its failure test sets, the lifter.
#include "core/shapes/field.hpp"

namespace proximity::shapes {

using T = FieldType;

inline constexpr Field kPlateFields[] = {
    {"weight", T::Number, true, "one plate's weight, kg or lb", nullptr, "plateWeight"},
    {"count", T::Integer, true, "how many of them (a pair loads one per side)", nullptr, "plateCount"}};
inline constexpr Shape kPlate{"Plate", "Plates of one weight.", kPlateFields};

// Equipment as a profile keeps it (its unit is the profile's) and, with unit, as a method takes it.
#define PROXIMITY_EQUIPMENT_BODY_FIELDS                                                                     \
    Field{"bar", T::Number, false, "a barbell's bar weight", nullptr, "barWeight"},                         \
        Field{"plates", T::Array, false, "a barbell's plates", nullptr, nullptr, "object", &kPlate},        \
        Field{"weights", T::Array, false, "the dumbbells there are, each one's weight", nullptr, nullptr, "number"}, \
        Field{"increment", T::Number, false, "dumbbells or a machine: the step between loads", nullptr, "stepWeight"}, \
        Field{"min", T::Number, false, "dumbbells or a machine: the lightest load", nullptr, "stackWeight"},      \
        Field{"max", T::Number, false, "dumbbells or a machine: the heaviest load", nullptr, "stackWeight"}
inline constexpr Field kEquipmentFields[] = {
    Field{"type", T::String, true, "barbell, dumbbell or machine", "equipmentType"},
    Field{"unit", T::String, false, "the unit of its weights (the request's)", "unit"}, PROXIMITY_EQUIPMENT_BODY_FIELDS};
inline constexpr Shape kEquipment{"Equipment", "What the lifter can load.", kEquipmentFields};
inline constexpr Field kKeptEquipmentFields[] = {
    Field{"type", T::String, false, "barbell, dumbbell or machine (implied under barbell, dumbbell and machine)",
          "equipmentType"},
    PROXIMITY_EQUIPMENT_BODY_FIELDS};
inline constexpr Shape kKeptEquipment{"KeptEquipment", "Equipment as a profile keeps it, in the profile's unit.",
                                      kKeptEquipmentFields};
#undef PROXIMITY_EQUIPMENT_BODY_FIELDS

inline constexpr Field kFailureTestSetFields[] = {
    {"reps", T::Integer, true, "reps done when the RIR was called", nullptr, "reps"},
    {"predictedRir", T::Number, true, "the reps in reserve called then", nullptr, "rir"},
    {"failureReps", T::Integer, true, "the reps reached at failure", nullptr, "failureReps"}};
inline constexpr Shape kFailureTestSet{"FailureTestSet", "A failure test: a call of RIR, then the set taken to failure.",
                                       kFailureTestSetFields};

inline constexpr Field kCalibrationFields[] = {
    {"sets", T::Array, false, "failure test sets (or a saved bias)", nullptr, nullptr, "object", &kFailureTestSet},
    {"bias", T::Number, false, "a saved calibration's bias, reps (+: more in reserve than called)", nullptr,
     "calibrationBias"},
    {"count", T::Integer, false, "failure test sets behind the saved bias (default 1)"},
    {"spread", T::Number, false, "how far the calls scatter around the bias (with count 2 or more)", nullptr,
     "calibrationSpread"},
    {"misjudgement", T::Number, false, "as calibrateRir answered it (read back, not used)", nullptr, "rir"}};
inline constexpr Shape kCalibration{"Calibration", "A RIR calibration: failure test sets, or a calibrateRir answer.",
                                    kCalibrationFields};

inline constexpr Field kExperienceLifterFields[] = {
    {"status", T::String, true, "training experience", "experience"}};
inline constexpr Shape kExperienceLifter{"ExperienceLifter", "The lifter, as the planner gives it.",
                                         kExperienceLifterFields};

}  // namespace proximity::shapes
