#pragma once
// The fields of the body-weight import methods (core/api/body_weight_api.cpp).
#include "core/shapes/shared_fields.hpp"
#include "core/shapes/history_answer_shapes.hpp"
#include "core/shapes/profile_shapes.hpp"

namespace proximity::shapes {

using T = FieldType;

inline constexpr Field kBodyWeightFormatInput[] = {
    {"text", T::String, true, "the first line (or all) of a file the lifter chose"}};
inline constexpr Field kBodyWeightFormatOutput[] = {
    {"format", T::String, true, "hevy (Hevy's measurements), fitnotes (FitNotes' body tracker) or none"}};

inline constexpr Field kImportBodyWeightInput[] = {
    {"text", T::String, true, "a body-measurement export: Hevy's measurements CSV or FitNotes' body tracker CSV"},
    {"profile", T::Object, false, "the lifter's profile whose body-weight log the weighings join (default: an empty one)",
     nullptr, nullptr, nullptr, &kProfile}};
inline constexpr Field kImportBodyWeightOutput[] = {
    {"profile", T::Object, true, "the profile with the imported weighings in its body-weight log", nullptr, nullptr,
     nullptr, &kProfile},
    {"report", T::Object, true, "every row imported or skipped", nullptr, nullptr, nullptr, &kBodyWeightReport}};

}  // namespace proximity::shapes
