#pragma once
// The shapes inside the session methods' answers: prepareSession's exercises and their
// sets, planLoads' weeks (core/json/session_json.cpp writes them) and warmupRamp's sets
// (core/json/warmup_json.cpp).
#include "core/shapes/field.hpp"
#include "core/shapes/load_answer_shapes.hpp"
#include "core/shapes/load_shapes.hpp"
#include "core/shapes/policy_shapes.hpp"
#include "core/shapes/profile_shapes.hpp"

namespace proximity::shapes {

// prepareSession
inline constexpr Field kPreparedSetFields[] = {
    {"warmup", T::Boolean, true, "a warm-up set"},
    {"set", T::Integer, true, "which working set, from 1 (0: a warm-up)"},
    {"of", T::Integer, true, "of how many working sets (0: a warm-up)"},
    {"reps", T::Integer, true, "the reps to do"},
    {"rir", T::Number, true, "the reps in reserve to stop at (0: to failure)"},
    {"rpe", T::Number, true, "the same on the RPE scale"},
    {"failure", T::Boolean, true, "planned to failure"},
    {"technique", T::String, false, "an intensity technique past failure (dropSet, restPause, myoReps, forcedReps)"},
    {"load", T::Number, false, "the prescribed load, unrounded (null: none, without an e1RM)"},
    {"percent", T::Number, false, "the load as a percent of the working e1RM (null: none)"},
    {"fixed", T::Boolean, true, "the plan gives the load"},
    {"rounded", T::Object, false, "the load rounded to the lifter's equipment (absent without a load)", nullptr,
     nullptr, nullptr, &kRoundedLoad},
    {"weeklySets", T::Number, true, "hard sets for the exercise's muscle in the planned week"},
    {"verdict", T::String, false, "a working set: how close to failure it may go (the failure policy's verdict)"},
    {"verdictLabel", T::String, false, "a working set: the verdict in words"},
    {"targetRir", T::Object, false, "a working set: the reps in reserve to stop at", nullptr, nullptr, nullptr,
     &kRirRange},
    {"targetRpe", T::Object, false, "a working set: the same on the RPE scale", nullptr, nullptr, nullptr, &kRpeRange},
    {"reason", T::String, false, "a working set: why, in one line for the lifter"},
    {"follows", T::Boolean, false, "a working set: the plan's call is the advice"},
    {"felt", T::Object, false, "where the lifter's calls are biased: the target to stop at by feel", nullptr, nullptr,
     nullptr, &kFeltTarget},
    {"calibrationTest", T::String, false, "the session's one proposed RIR test on this set, in words"}};
inline constexpr Shape kPreparedSet{"PreparedSet", "One set of today's session, with its load and advice.",
                                    kPreparedSetFields};

inline constexpr Field kPreparedRestFields[] = {
    {"seconds", T::Integer, true, "the rest between working sets, seconds"},
    {"class", T::String, true, "what it rests by: heavyCompound, compound or isolation"}};
inline constexpr Shape kPreparedRest{"PreparedRest", "The rest between an exercise's working sets.",
                                     kPreparedRestFields};

inline constexpr Field kPreparedFatigueFields[] = {
    {"signs", T::Array, true, "the history's fatigue signs for the exercise's primary muscles", "fatigueSign",
     nullptr, "string"},
    {"advice", T::Array, true, "what to do about each, in words", nullptr, nullptr, "string"}};
inline constexpr Shape kPreparedFatigue{"PreparedFatigue", "The fatigue the history shows for an exercise's muscles.",
                                        kPreparedFatigueFields};

inline constexpr Field kPreparedCalibrationFields[] = {
    {"class", T::String, true, "the kind of exercise the lifter's calls are weighed by: compound or isolationMachine"},
    {"bias", T::Number, true, "the bias every load of it is corrected by, reps (+: more in reserve than called)"},
    {"words", T::String, true, "what is known of the lifter's calls on it, in words"}};
inline constexpr Shape kPreparedCalibration{"PreparedCalibration", "The lifter's RIR calls on this kind of exercise.",
                                            kPreparedCalibrationFields};

inline constexpr Field kPreparedExerciseFields[] = {
    {"exercise", T::String, true, "the exercise's id"},
    {"name", T::String, true, "its name"},
    {"position", T::Integer, true, "its place in the session, from 1"},
    {"note", T::String, true, "the plan's note for the lifter (empty: none)"},
    {"supersetWithPrevious", T::Boolean, true, "done as a superset with the exercise before it"},
    {"e1rm", T::Object, false, "the working one-rep max the loads come from (null: none)", nullptr, nullptr, nullptr,
     &kWorkingMax},
    {"equipment", T::Object, true, "the equipment its loads are rounded to", nullptr, nullptr, nullptr, &kEquipment},
    {"rest", T::Object, true, "the rest between its working sets", nullptr, nullptr, nullptr, &kPreparedRest},
    {"loadBasis", T::String, false,
     "with a history: where the loads come from: trend, stepUp, missed, planned or noHistory (null: none)"},
    {"loadReason", T::String, false, "with a history: why, in words (null: none)"},
    {"fatigue", T::Object, true, "the fatigue the history shows for its muscles", nullptr, nullptr, nullptr,
     &kPreparedFatigue},
    {"calibration", T::Object, true, "the lifter's RIR calls on this kind of exercise", nullptr, nullptr, nullptr,
     &kPreparedCalibration},
    {"sets", T::Array, true, "its sets, in order", nullptr, nullptr, "object", &kPreparedSet}};
inline constexpr Shape kPreparedExercise{"PreparedExercise", "One exercise of today's session, with its sets.",
                                         kPreparedExerciseFields};

// planLoads
inline constexpr Field kPlanLoadSetFields[] = {
    {"load", T::Number, true, "the load, rounded to the lifter's equipment"},
    {"percent", T::Number, false, "the load as a percent of the working e1RM (null: none)"},
    {"fixed", T::Boolean, true, "the plan gives the load"},
    {"perSide", T::Number, false, "a barbell: the load on each side"}};
inline constexpr Shape kPlanLoadSet{"PlanLoadSet", "One set's load (a set with no load is null).", kPlanLoadSetFields};

inline constexpr Field kPlanLoadExerciseFields[] = {
    {"e1rm", T::Object, false, "the working one-rep max the loads come from (null: none)", nullptr, nullptr, nullptr,
     &kWorkingMax},
    {"sets", T::Array, true, "its sets' loads, in order (null: a set with no load, without an e1RM)", nullptr, nullptr,
     "object", &kPlanLoadSet}};
inline constexpr Shape kPlanLoadExercise{"PlanLoadExercise", "One exercise's loads in a planned session.",
                                         kPlanLoadExerciseFields};

inline constexpr Field kPlanLoadSessionFields[] = {
    {"exercises", T::Array, true, "its exercises, in order", nullptr, nullptr, "object", &kPlanLoadExercise}};
inline constexpr Shape kPlanLoadSession{"PlanLoadSession", "One planned session's loads.", kPlanLoadSessionFields};

inline constexpr Field kPlanLoadWeekFields[] = {
    {"sessions", T::Array, true, "its sessions, in order", nullptr, nullptr, "object", &kPlanLoadSession}};
inline constexpr Shape kPlanLoadWeek{"PlanLoadWeek", "One planned week's loads.", kPlanLoadWeekFields};

// warmupRamp
inline constexpr Field kWarmupSetFields[] = {
    {"load", T::Number, true, "the set's load, rounded to the equipment"},
    {"reps", T::Integer, true, "its reps"},
    {"percent", T::Number, true, "its load as a percent of the working load"},
    {"bar", T::Boolean, true, "the empty bar"},
    {"rounded", T::Object, true, "its load rounded to the equipment, with the plates", nullptr, nullptr, nullptr,
     &kRoundedLoad}};
inline constexpr Shape kWarmupSet{"WarmupSet", "One warm-up set.", kWarmupSetFields};

}  // namespace proximity::shapes
