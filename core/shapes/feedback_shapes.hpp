#pragma once
// The shapes of the lifter's answers after a session (core/json/feedback_json.hpp reads
// them): a muscle's answers, the workout they are about, and the whole record.
#include "core/shapes/field.hpp"

namespace proximity::shapes {

using T = FieldType;

inline constexpr Field kMuscleAnswersFields[] = {
    {"muscle", T::String, true, "the muscle's id (one of feedbackMuscles)"},
    {"pump", T::String, true, "how much pump it got", "pump"},
    {"soreness", T::String, true, "how sore it was since it was last trained", "soreness"},
    {"jointPain", T::String, true, "joint pain while training it", "jointPain"}};
inline constexpr Shape kMuscleAnswers{"MuscleAnswers", "The lifter's answers about one muscle.", kMuscleAnswersFields};
inline constexpr Field kFeedbackWorkoutFields[] = {
    {"start", T::String, true, "the workout's start, as the history keeps it"},
    {"name", T::String, false, "its name"}};
inline constexpr Shape kFeedbackWorkout{"FeedbackWorkout", "The workout the answers are about.", kFeedbackWorkoutFields};
inline constexpr Field kSessionFeedbackFields[] = {
    {"version", T::Integer, false, "the feedback format's version (default: this app's)"},
    {"workout", T::Object, true, "the workout", nullptr, nullptr, nullptr, &kFeedbackWorkout},
    {"difficulty", T::String, true, "how hard the session was", "difficulty"},
    {"muscles", T::Array, true, "each muscle's answers", nullptr, nullptr, "object", &kMuscleAnswers}};
inline constexpr Shape kSessionFeedback{"SessionFeedback", "The lifter's answers after a session.",
                                        kSessionFeedbackFields};

}  // namespace proximity::shapes
