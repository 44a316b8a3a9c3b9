#pragma once
// The fields of the training history methods (core/api/history_api.cpp): what each
// takes and answers. The engine checks them (core/api/field_check.hpp); a history
// document is read by core/json/history_reader.hpp.
#include "core/shapes/field.hpp"
#include "core/shapes/history_answer_shapes.hpp"
#include "core/shapes/load_answer_shapes.hpp"
#include "core/shapes/load_shapes.hpp"
#include "core/shapes/history_shapes.hpp"
#include "core/shapes/shared_fields.hpp"

namespace proximity::shapes {

using T = FieldType;

// A history document: {version, workouts, customExercises, mapping}, as exportHistory writes it.
#define PROXIMITY_HISTORY_FIELD(REQUIRED)                                                                  \
    Field {                                                                                                \
        "history", T::Object, REQUIRED, "a training history", nullptr, nullptr, nullptr, &kHistory          \
    }
#define PROXIMITY_HISTORY_COUNTS                                                                           \
    Field{"workouts", T::Integer, true, "workouts in the history"},                                        \
        Field{"sets", T::Integer, true, "sets in the history"}

inline constexpr Field kImportHistoryInput[] = {
    Field{"text", T::String, true, "the text of the exported file (Strong, Hevy, FitNotes or Proximity)"},
    Field{"format", T::String, false, "the file's format (default auto: told from the text)"},
    PROXIMITY_HISTORY_FIELD(false),
    Field{"unit", T::String, false, "the unit of the file's loads (default kg)", "unit"}};
inline constexpr Field kImportHistoryOutput[] = {
    {"history", T::Object, true, "the history with the file's workouts added", nullptr, nullptr, nullptr, &kHistory},
    {"report", T::Object, true, "what was read", nullptr, nullptr, nullptr, &kImportReport}};

inline constexpr Field kImportToHistoryInput[] = {
    Field{"text", T::String, true, "the text of the exported file (Strong, Hevy, FitNotes or Proximity)"},
    Field{"format", T::String, false, "the file's format (default auto: told from the text)"},
    Field{"unit", T::String, false, "the unit of the file's loads (default kg)", "unit"}};
inline constexpr Field kImportToHistoryOutput[] = {
    {"report", T::Object, true, "what was read", nullptr, nullptr, nullptr, &kImportReport},
    {"added", T::Integer, true, "how many workouts were added to the kept history (importedWorkouts answers them)"},
    {"document", T::Object, true, "the kept history without its workouts", nullptr, nullptr, nullptr,
     &kKeptHistoryDocument},
    PROXIMITY_HISTORY_COUNTS};

inline constexpr Field kImportedWorkoutsInput[] = {
    Field{"from", T::Integer, false, "the first workout to answer, counted from 0 (default 0; then the last answer's next)"},
    Field{"count", T::Integer, false, "at most this many workouts (default: the most one answer carries)", nullptr,
          "importedPage"}};
inline constexpr Field kImportedWorkoutsOutput[] = {
    {"workouts", T::Array, true, "the workouts, as the document writes them", nullptr, nullptr, "object", &kWorkout},
    {"next", T::Integer, true, "the workout to ask for next; equal to total when all were answered"},
    {"total", T::Integer, true, "how many workouts the last importToHistory added"}};

inline constexpr Field kExportHistoryInput[] = {
    Field{"history", T::Object, false, "a training history (default: the one kept in the engine)", nullptr, nullptr,
          nullptr, &kHistory},
    Field{"format", T::String, true, "proximity (a JSON file) or strong (a CSV file)"},
    Field{"unit", T::String, false, "the unit of the CSV file's loads (default kg)", "unit"}};
inline constexpr Field kExportHistoryOutput[] = {{"text", T::String, true, "the file's text"},
                                                 {"fileName", T::String, true, "a file name for it"}};

inline constexpr Field kReadHistoryInput[] = {PROXIMITY_HISTORY_FIELD(true)};
inline constexpr Field kReadHistoryOutput[] = {
    Field{"history", T::Object, true, "the history, checked", nullptr, nullptr, nullptr, &kHistory}, PROXIMITY_HISTORY_COUNTS,
    Field{"customExercises", T::Integer, true, "exercises the history names that are not in the library"}};

inline constexpr Field kRemapExerciseInput[] = {
    PROXIMITY_HISTORY_FIELD(true), Field{"from", T::String, false, "a custom exercise's id (give from or name)"},
    Field{"name", T::String, false, "an exercise name as the imported file spells it (give from or name)"},
    Field{"to", T::String, true, "the library exercise's id to log those sets under"}};
inline constexpr Field kRemapExerciseOutput[] = {{"history", T::Object, true, "the history after the change", nullptr, nullptr, nullptr, &kHistory},
                                                 {"moved", T::Integer, true, "how many exercises were moved"}};

inline constexpr Field kJustLoggedSetFields[] = {
    {"load", T::Number, true, "its load; for a bodyweight or assisted exercise the added load or the assistance", nullptr,
     "load"},
    {"reps", T::Integer, true, "reps done", nullptr, "reps"},
    {"rir", T::Number, false, "reps in reserve as called (give rir, rpe or failure)", nullptr, "rir"},
    {"rpe", T::Number, false, "the same on the RPE scale", nullptr, "rpe"},
    {"failure", T::Boolean, false, "it reached failure"},
    {"type", T::String, false, "its kind of set (sessionDefaults().setTypes)"},
    {"failureReps", T::Integer, false, "a calibration test: the reps reached at failure", nullptr, "failureReps"}};
inline constexpr Shape kJustLoggedSet{"JustLoggedSet", "The set just logged.", kJustLoggedSetFields};
inline constexpr Field kSetTargetFields[] = {
    {"reps", T::Integer, true, "reps to do", nullptr, "reps"},
    {"rir", T::Number, false, "reps in reserve to stop at (give rir or rpe)", nullptr, "rir"},
    {"rpe", T::Number, false, "the same on the RPE scale", nullptr, "rpe"}};
inline constexpr Shape kSetTarget{"SetTarget", "The next set's reps and effort.", kSetTargetFields};

inline constexpr Field kNextSetLoadInput[] = {
    {"set", T::Object, true, "the set just logged", nullptr, nullptr, nullptr, &kJustLoggedSet},
    {"target", T::Object, true, "the next set", nullptr, nullptr, nullptr, &kSetTarget},
    {"exercise", T::String, false, "the exercise's id, for its equipment and rest"},
    {"e1rm", T::Number, false, "the one-rep max before this set, for the change", nullptr, "load"},
    {"bodyWeight", T::Number, false, "the lifter's body weight (required for a bodyweight or assisted exercise)", nullptr, "bodyWeight"},
    kUnitInput,
    kFormulaInput,
    {"equipment", T::Object, false, "what the lifter can load (default: the exercise's)", nullptr, nullptr, nullptr,
     &kEquipment},
    kRoundingInput,
    kCalibrationInput};
inline constexpr Field kNextSetLoadOutput[] = {
    {"e1rm", T::Number, true, "the one-rep max the set shows"},
    {"change", T::Number, false, "how far it moved from e1rm"},
    {"load", T::Number, true, "the next set's load, unrounded"},
    {"percent", T::Number, true, "that load as a percent of the e1RM"},
    {"rounded", T::Object, true, "the nearest load the equipment makes", nullptr, nullptr, nullptr, &kRoundedLoad},
    {"effectiveLoad", T::Number, false, "a bodyweight or assisted exercise: that load as moved (body weight plus the added load, or minus the assistance)"},
    kUnitOfLoads,
    kFormulaUsed,
    {"reason", T::String, true, "why this load, in words"},
    {"rest", T::Object, true, "the rest before the next set", nullptr, nullptr, nullptr, &kRest},
    {"warnings", T::Array, true, "what a lifter should know", nullptr, nullptr, "string"}};

inline constexpr Field kSessionDefaultsOutput[] = {
    {"rest", T::Object, true, "default rest, seconds", nullptr, nullptr, nullptr, &kRestDefaults},
    {"setTypes", T::Array, true, "the kinds of set a log may hold", nullptr, nullptr, "string"},
    {"formats", T::Object, true, "the file formats read and written", nullptr, nullptr, nullptr, &kFileFormats},
    {"limits", T::Object, true, "the sizes a history may have", nullptr, nullptr, nullptr, &kHistoryLimits}};

}  // namespace proximity::shapes
