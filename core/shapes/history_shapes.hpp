#pragma once
// The shapes inside a training history document (core/json/history_reader.hpp reads it,
// history_writer.hpp writes it): a set, an exercise's entry, a workout, a custom exercise,
// an imported name's mapping, and the document itself.
#include "core/shapes/field.hpp"

namespace proximity::shapes {

using T = FieldType;

inline constexpr Field kLoggedSetFields[] = {
    {"load", T::Number, true, "the load, kg or lb; for a bodyweight or assisted exercise the added load or the assistance",
     nullptr, "loggedLoad"},
    {"unit", T::String, true, "the unit of the load", "unit"},
    {"reps", T::Integer, true, "reps done (0 for a row timed or measured by distance)", nullptr, "loggedReps"},
    {"rir", T::Number, false, "reps in reserve as called (give rir or rpe, or neither)", nullptr, "rir"},
    {"rpe", T::Number, false, "RPE as called, 10 - RIR", nullptr, "loggedRpe"},
    {"type", T::String, false, "warmup, working (default), failure, drop, ... (sessionDefaults().setTypes)"},
    {"failure", T::Boolean, false, "the set reached failure (default: type is failure)"},
    {"failureReps", T::Integer, false, "a calibration test: the reps the set reached at failure, from the called effort",
     nullptr, "loggedReps"},
    {"seconds", T::Number, false, "a timed row's seconds"},
    {"distance", T::Number, false, "a row's distance, metres"},
    {"time", T::String, false, "when the set was logged, such as 2024-11-28T18:42:10"},
    {"note", T::String, false, "the lifter's note"}};
inline constexpr Shape kLoggedSet{"LoggedSet", "One set as the log keeps it.", kLoggedSetFields};

inline constexpr Field kLoggedExerciseFields[] = {
    {"exercise", T::String, true, "the exercise's id (the library's or a custom exercise's)"},
    {"name", T::String, false, "the name the lifter or the imported file gave it"},
    {"note", T::String, false, "the lifter's note"},
    {"superset", T::Integer, false, "exercises of a workout with the same number are done as a superset"},
    {"sets", T::Array, true, "its sets, in the order done", nullptr, nullptr, "object", &kLoggedSet}};
inline constexpr Shape kLoggedExercise{"LoggedExercise", "One exercise of a workout, with its sets.",
                                       kLoggedExerciseFields};

inline constexpr Field kPlanSessionFields[] = {
    {"week", T::Integer, true, "the plan's week, from 0"}, {"session", T::Integer, true, "the week's session, from 0"}};
inline constexpr Shape kPlanSession{"PlanSession", "A session of a plan: its week and its place in that week.",
                                    kPlanSessionFields};

// A workout's own fields, without its exercises.
#define PROXIMITY_WORKOUT_HEADER_FIELDS                                                                         \
    Field{"start", T::String, true, "when it began, such as 2024-11-28T18:30:00"},                              \
        Field{"name", T::String, false, "its name"},                                                            \
        Field{"source", T::String, false, "where it was logged: proximity, strong, hevy or fitnotes"},          \
        Field{"duration", T::Integer, false, "how long it took, seconds"},                                      \
        Field{"note", T::String, false, "the lifter's note"},                                                   \
        Field{"plan", T::Object, false, "the plan's session it followed", nullptr, nullptr, nullptr, &kPlanSession}
inline constexpr Field kWorkoutFields[] = {
    PROXIMITY_WORKOUT_HEADER_FIELDS,
    Field{"exercises", T::Array, true, "its exercises, in the order done", nullptr, nullptr, "object",
          &kLoggedExercise}};
inline constexpr Shape kWorkout{"Workout", "One workout of the log.", kWorkoutFields};
inline constexpr Field kWorkoutStartFields[] = {PROXIMITY_WORKOUT_HEADER_FIELDS};
inline constexpr Shape kWorkoutStart{"WorkoutStart", "A workout begun by logging its first set: all but its exercises.",
                                     kWorkoutStartFields};
#undef PROXIMITY_WORKOUT_HEADER_FIELDS

inline constexpr Field kCustomExerciseFields[] = {
    {"id", T::String, true, "its id: custom-, then kebab-case"},
    {"name", T::String, true, "its name"},
    {"class", T::String, true, "compound or isolation"},
    {"equipment", T::String, true, "freeWeight, machine, cable or bodyweight"},
    {"verified", T::Boolean, false, "the lifter confirmed the guessed class and equipment"}};
inline constexpr Shape kCustomExercise{"CustomExercise", "An exercise the history names that the library does not have.",
                                       kCustomExerciseFields};

inline constexpr Field kNameMappingFields[] = {
    {"name", T::String, true, "an exercise name as an imported file spells it"},
    {"exercise", T::String, true, "the exercise's id its sets are logged under"}};
inline constexpr Shape kNameMapping{"NameMapping", "An imported exercise name and the exercise it means.",
                                    kNameMappingFields};

inline constexpr Field kHistoryFields[] = {
    {"version", T::Integer, true, "the history format's version"},
    {"workouts", T::Array, true, "the workouts, oldest first", nullptr, "historyWorkouts", "object", &kWorkout},
    {"customExercises", T::Array, false, "exercises the history names that are not in the library", nullptr, nullptr,
     "object", &kCustomExercise},
    {"mapping", T::Array, false, "imported names and the exercises they mean", nullptr, nullptr, "object",
     &kNameMapping}};
inline constexpr Shape kHistory{"History", "A training history: the document exportHistory writes.", kHistoryFields};

}  // namespace proximity::shapes
