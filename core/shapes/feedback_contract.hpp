#pragma once
// The fields of the session-feedback methods (core/api/feedback_api.cpp): the muscles to
// ask about after a session, and next week's sets from the answers.
#include "core/shapes/analysis_contract.hpp"
#include "core/shapes/field.hpp"

namespace proximity::shapes {

using T = FieldType;

inline constexpr Field kFeedbackMusclesInput[] = {
    {"exercises", T::Array, true, "the session's exercises (library ids)", nullptr, "exercisesPerSession", "string"}};

// kNextWeekVolumeInput takes the analysis options: core/shapes/analysis_contract.hpp.
inline constexpr Field kNextWeekVolumeOutput[] = {
    {"basis", T::String, true, "what the sets start from: plan (the plan's week) or log (the typical week)"},
    {"planWeek", T::Integer, false, "the plan's week they start from, from 0 (null: the log's typical week)"},
    {"basisText", T::String, true, "the same in words"},
    {"about", T::String, true, "what the steps rest on: practitioner guidance, steps of the model's own choice"},
    {"muscles", T::Array, true, "each muscle answered, in the feedback's order: next week's hard sets", nullptr,
     nullptr, "object", &kNextWeekMuscle},
    {"feedback", T::Object, true, "the answers as the core read them, with their version: the record to keep", nullptr,
     nullptr, nullptr, &kSessionFeedback}};

}  // namespace proximity::shapes
