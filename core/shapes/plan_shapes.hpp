#pragma once
// The shapes inside a plan document (core/json/plan_reader.hpp reads it, plan_writer.hpp
// writes it): a planned set, an exercise's entry, a session, a week, who the plan is for
// and the settings that change the planner's defaults.
#include "core/shapes/field.hpp"

namespace proximity::shapes {

using T = FieldType;

inline constexpr Field kPlannedSetFields[] = {
    {"reps", T::Integer, true, "reps to do", nullptr, "plannedReps"},
    {"rir", T::Number, false, "reps in reserve to stop at (give rir, rpe or failure)", nullptr, "rir"},
    {"rpe", T::Number, false, "the same on the RPE scale", nullptr, "rpe"},
    {"failure", T::Boolean, false, "taken to failure (RIR 0)"},
    {"warmup", T::Boolean, false, "a warm-up set (never to failure)"},
    {"technique", T::String, false, "an intensity technique past failure (a set to failure)"},
    {"load", T::Number, false, "a fixed load, kg or lb"},
    {"percentE1rm", T::Number, false, "the load as a percent of the e1RM", nullptr, "percentE1rm"}};
inline constexpr Shape kPlannedSet{"PlannedSet", "One planned set.", kPlannedSetFields};

inline constexpr Field kPlannedExerciseFields[] = {
    {"exercise", T::String, true, "the exercise's id"},
    {"sets", T::Array, true, "its sets", nullptr, "setsPerExercise", "object", &kPlannedSet},
    {"note", T::String, false, "a note for the lifter"},
    {"supersetWithPrevious", T::Boolean, false, "done as a superset with the exercise before it"}};
inline constexpr Shape kPlannedExercise{"PlannedExercise", "One exercise of a planned session.", kPlannedExerciseFields};

inline constexpr Field kPlannedSessionFields[] = {
    {"name", T::String, true, "the session's name"},
    {"day", T::Integer, false, "the weekday, 1 (Monday) to 7"},
    {"exercises", T::Array, true, "its exercises, in order", nullptr, "exercisesPerSession", "object",
     &kPlannedExercise}};
inline constexpr Shape kPlannedSession{"PlannedSession", "One session of a plan's week.", kPlannedSessionFields};

inline constexpr Field kPlanWeekFields[] = {
    {"label", T::String, false, "the week's label"},
    {"phase", T::String, false, "the training phase (default normal)", "phase"},
    {"effortRir", T::Number, false, "the week's reps in reserve for sets that give none", nullptr, "rir"},
    {"sessions", T::Array, true, "its sessions", nullptr, "sessionsPerWeek", "object", &kPlannedSession}};
inline constexpr Shape kPlanWeek{"PlanWeek", "One week of a plan.", kPlanWeekFields};

inline constexpr Field kPlanLifterFields[] = {
    {"status", T::String, false, "training experience (default intermediate)", "status"},
    {"spotter", T::Boolean, false, "a spotter or safeties are there (default false)"},
    {"unit", T::String, false, "the unit of the plan's loads (default kg)", "unit"}};
inline constexpr Shape kPlanLifter{"PlanLifter", "Who a plan is for.", kPlanLifterFields};

inline constexpr Field kLandmarkFields[] = {
    {"min", T::Number, true, "weekly hard sets that maintain the muscle"},
    {"max", T::Number, true, "the most that the lifter recovers from well"},
    {"ceiling", T::Number, true, "past this, more sets only add fatigue"}};
inline constexpr Shape kLandmark{"Landmark", "A muscle's weekly volume landmarks, hard sets.", kLandmarkFields};

inline constexpr Field kCountingFields[] = {
    {"primary", T::Number, false, "what a set counts for a muscle it trains first"},
    {"secondary", T::Number, false, "what it counts for a muscle it trains second"},
    {"maxRir", T::Number, false, "the most reps in reserve a set may have to count as hard", nullptr, "rir"}};
inline constexpr Shape kCounting{"Counting", "How sets count toward a muscle's weekly volume.", kCountingFields};

inline constexpr Field kModelFields[] = {
    {"tau1", T::Number, false, "days fitness takes to fade"},
    {"tau2", T::Number, false, "days fatigue takes to fade (shorter than tau1)"},
    {"k1", T::Number, false, "fitness gained per unit of training"},
    {"k2", T::Number, false, "fatigue gained per unit of training"}};
inline constexpr Shape kModel{"Model", "The fitness-fatigue model's constants.", kModelFields};

inline constexpr Field kPlanSettingsFields[] = {
    {"counting", T::Object, false, "how sets count", nullptr, nullptr, nullptr, &kCounting},
    {"landmarks", T::Object, false, "muscle -> its volume landmarks", nullptr, nullptr, "object", &kLandmark},
    {"fatigueBudget", T::Number, false, "the weekly fatigue budget"},
    {"model", T::Object, false, "the fitness-fatigue model", nullptr, nullptr, nullptr, &kModel}};
inline constexpr Shape kPlanSettings{"PlanSettings", "Changes to the planner's defaults.", kPlanSettingsFields};

}  // namespace proximity::shapes
