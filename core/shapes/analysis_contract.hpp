#pragma once
// The fields of the history analysis methods (core/api/analysis_api.cpp): the history
// the engine keeps between calls, and what the analysis takes and answers. The engine
// checks them (core/api/field_check.hpp).
#include "core/shapes/plan_contract.hpp"
#include "core/shapes/analysis_answer_shapes.hpp"
#include "core/shapes/feedback_shapes.hpp"
#include "core/shapes/history_contract.hpp"
#include "core/shapes/profile_shapes.hpp"
#include "core/shapes/shared_fields.hpp"

namespace proximity::shapes {

inline constexpr Field kAnalysisLifterFields[] = {
    {"status", T::String, false, "training experience", "status"},
    {"spotter", T::Boolean, false, "a spotter or safeties are there"}};
inline constexpr Shape kAnalysisLifter{"AnalysisLifter", "The lifter, overriding the profile.", kAnalysisLifterFields};

// What the analysis is read with (core/json/analysis_inputs.hpp).
#define PROXIMITY_ANALYSIS_OPTION_FIELDS                                                                             \
    kFormulaInput,                                                                                                   \
        Field{"unit", T::String, false, "kg or lb (default: the profile's, else kg)", "unit"},                      \
        Field{"lifter", T::Object, false, "overrides the profile's", nullptr, nullptr, nullptr, &kAnalysisLifter},  \
        kCalibrationInput,                                                                                          \
        Field{"equipment", T::Object, false, "exercise id -> what the lifter can load on it", nullptr, nullptr,     \
              "object", &kEquipment},                                                                               \
        Field{"plan", T::Object, false, "the plan followed, for planned against done", nullptr, nullptr, nullptr,   \
              &kPlan},                                                                                             \
        Field{"today", T::String, false, "today's date, such as 2024-11-28 (default: the last workout's)"}

inline constexpr Field kSetHistoryInput[] = {
    PROXIMITY_HISTORY_FIELD(true), Field{"profile", T::Object, false, "the lifter's profile, kept with it", nullptr, nullptr, nullptr, &kProfile}};
inline constexpr Field kHistoryCounts[] = {PROXIMITY_HISTORY_COUNTS};

inline constexpr Field kAppendWorkoutInput[] = {
    {"workout", T::Object, true, "the workout", nullptr, nullptr, nullptr, &kWorkout}};
inline constexpr Field kAppendWorkoutOutput[] = {
    PROXIMITY_HISTORY_COUNTS, Field{"workout", T::Integer, true, "its place in the history, from 0"}};

inline constexpr Field kLogSetInput[] = {
    {"exercise", T::String, true, "the exercise's id (the library's or one of the history's custom exercises)"},
    {"name", T::String, false, "the exercise's name as the lifter calls it"},
    {"set", T::Object, true, "the set", nullptr, nullptr, nullptr, &kLoggedSet},
    {"workout", T::Object, false, "start a new workout with this set (default: add to the last)", nullptr, nullptr,
     nullptr, &kWorkoutStart}};
inline constexpr Field kLogSetOutput[] = {
    PROXIMITY_HISTORY_COUNTS, Field{"workout", T::Integer, true, "the workout's place in the history, from 0"},
    Field{"exercise", T::Integer, true, "the exercise's place in the workout, from 0"},
    Field{"set", T::Integer, true, "the set's place in the exercise, from 0"}};

inline constexpr Field kAnalyzeHistoryInput[] = {
    Field{"history", T::Object, false, "a training history (default: the one kept with setHistory)", nullptr, nullptr,
          nullptr, &kHistory},
    Field{"profile", T::Object, false, "the lifter's profile (default: the one kept with setHistory)", nullptr, nullptr, nullptr, &kProfile},
    PROXIMITY_ANALYSIS_OPTION_FIELDS,
    Field{"from", T::String, false, "the first date to answer, such as 2024-09-01 (default: all)"},
    Field{"exercise", T::String, false,
          "the exercise whose sessions to list (null: none, nor the calibration's trend after each call)"}};
inline constexpr Field kAnalyzeHistoryOutput[] = {
    kUnitOfLoads,
    kFormulaUsed,
    {"exercises", T::Array, true, "each exercise's e1RM trend, best, records and sessions", nullptr, nullptr, "object",
     &kAnalysedExercise},
    {"weeks", T::Array, true, "each week's hard and failure sets per muscle, from the first date asked", nullptr,
     nullptr, "object", &kWeekSets},
    {"failure", T::Object, true, "how many sets went to failure, and those advised against", nullptr, nullptr, nullptr,
     &kFailureSummary},
    {"calibration", T::Object, true, "the RIR calibration the log gives", nullptr, nullptr, nullptr,
     &kLoggedCalibration},
    {"fatigue", T::Object, true, "the fatigue signs the history shows", nullptr, nullptr, nullptr, &kFatigueSummary},
    {"readiness", T::Array, true, "readiness on each logged day, from the first date asked", nullptr, nullptr,
     "object", &kReadinessDay},
    {"today", T::Object, false, "readiness today (null with no workout and no today given)", nullptr, nullptr,
     nullptr, &kReadinessToday},
    {"readinessBaseline", T::String, true, "what readiness is compared with, in words"},
    {"projection", T::Array, true, "readiness on the days ahead, through the plan's block (empty without a plan)",
     nullptr, nullptr, "object", &kReadinessDay},
    {"next", T::Array, true, "the next planned session's loads, with a plan (empty: none)", nullptr, nullptr,
     "object", &kNextLoad},
    {"nextSession", T::Object, false, "the next planned session, with a plan (null: none)", nullptr, nullptr, nullptr,
     &kPlanSession},
    {"planned", T::Array, true, "planned against done, with a plan", nullptr, nullptr, "object",
     &kPlannedAgainstDone}};

// px.nextWeekVolume (core/api/feedback_api.cpp) reads the analysis with the same options.
inline constexpr Field kNextWeekVolumeInput[] = {
    {"feedback", T::Object, true, "the lifter's answers after a session", nullptr, nullptr, nullptr, &kSessionFeedback},
    Field{"history", T::Object, false, "a training history holding that workout (default: the one kept with setHistory)",
          nullptr, nullptr, nullptr, &kHistory},
    Field{"profile", T::Object, false, "the lifter's profile (default: the one kept with setHistory)", nullptr, nullptr, nullptr, &kProfile},
    PROXIMITY_ANALYSIS_OPTION_FIELDS};
// PROXIMITY_ANALYSIS_OPTION_FIELDS stays defined: benchHistoryAnalysis takes them too
// (core/bench/bench_contract.hpp).

}  // namespace proximity::shapes
