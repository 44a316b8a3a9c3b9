#pragma once
// The shapes inside a lifter's profile document (core/json/profile_reader.hpp reads it,
// profile_writer.hpp writes it).
#include "core/shapes/field.hpp"
#include "core/shapes/load_shapes.hpp"

namespace proximity::shapes {

using T = FieldType;

inline constexpr Field kProfileEquipmentFields[] = {
    {"barbell", T::Object, false, "the lifter's barbell and plates", nullptr, nullptr, nullptr, &kKeptEquipment},
    {"dumbbell", T::Object, false, "the lifter's dumbbells", nullptr, nullptr, nullptr, &kKeptEquipment},
    {"machine", T::Object, false, "a machine's stack, as most machines go", nullptr, nullptr, nullptr, &kKeptEquipment},
    {"exercises", T::Object, false, "exercise id -> its own equipment (type required)", nullptr, nullptr, "object",
     &kKeptEquipment}};
inline constexpr Shape kProfileEquipment{"ProfileEquipment", "The equipment a profile keeps.", kProfileEquipmentFields};

inline constexpr Field kKeptCalibrationFields[] = {
    {"bias", T::Number, false, "how far the RIR calls miss, reps (+: more in reserve than called; or sets)", nullptr,
     "calibrationBias"},
    {"spread", T::Number, false, "how far the calls scatter around the bias", nullptr, "calibrationSpread"},
    {"count", T::Integer, false, "failure test sets behind it (default 1)"},
    {"sets", T::Array, false, "the failure test sets it came from", nullptr, nullptr, "object", &kFailureTestSet}};
inline constexpr Shape kKeptCalibration{"KeptCalibration", "The lifter's RIR calibration, as the profile keeps it.",
                                        kKeptCalibrationFields};

inline constexpr Field kWorkingMaxFields[] = {
    {"value", T::Number, true, "the one-rep max, in the profile's unit", nullptr, "workingMax"},
    {"date", T::String, true, "when it was set, such as 2026-12-01"},
    {"source", T::String, true, "history, calculator or typed"}};
inline constexpr Shape kWorkingMax{"WorkingMax", "An exercise's working one-rep max.", kWorkingMaxFields};

inline constexpr Field kBodyWeightFields[] = {
    {"date", T::String, true, "the day, such as 2026-12-01 (each day once)"},
    {"value", T::Number, true, "the body weight, in the profile's unit", nullptr, "bodyWeight"}};
inline constexpr Shape kBodyWeight{"BodyWeight", "One weighing.", kBodyWeightFields};

inline constexpr Field kProfileFields[] = {
    {"version", T::Integer, true, "the profile format's version"},
    {"unit", T::String, false, "the unit of its loads (default kg)", "unit"},
    {"status", T::String, false, "training experience (default intermediate)", "status"},
    {"safety", T::String, false, "the safety setup the lifter trains with (default none)", "safety"},
    {"equipment", T::Object, false, "what the lifter can load", nullptr, nullptr, nullptr, &kProfileEquipment},
    {"calibration", T::Object, false, "the lifter's RIR calibration", nullptr, nullptr, nullptr, &kKeptCalibration},
    {"e1rm", T::Object, false, "exercise id -> its working one-rep max", nullptr, nullptr, "object", &kWorkingMax},
    {"bodyWeight", T::Array, false, "the body-weight log", nullptr, nullptr, "object", &kBodyWeight}};
inline constexpr Shape kProfile{"Profile", "The lifter's profile.", kProfileFields};

}  // namespace proximity::shapes
