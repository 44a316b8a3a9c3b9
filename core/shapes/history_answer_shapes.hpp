#pragma once
// The shapes inside the history methods' answers (core/json/history_answers.cpp,
// next_set_json.cpp): an import's report, the kept history's document, the rest before
// the next set, and the log's defaults.
#include "core/shapes/field.hpp"
#include "core/shapes/history_shapes.hpp"

namespace proximity::shapes {

inline constexpr Field kSkippedRowFields[] = {
    {"line", T::Integer, true, "the file's line, from 1"}, {"reason", T::String, true, "why it was skipped, in words"}};
inline constexpr Shape kSkippedRow{"SkippedRow", "A row of an imported file that was not taken.", kSkippedRowFields};

inline constexpr Field kImportedNameFields[] = {
    {"name", T::String, true, "the exercise's name in the file"},
    {"exercise", T::String, true, "the exercise it was taken as"},
    {"mapped", T::Boolean, true, "taken from a saved name mapping or a known name, not a new custom exercise"}};
inline constexpr Shape kImportedName{"ImportedName", "An exercise name of an imported file and what it became.",
                                     kImportedNameFields};

inline constexpr Field kImportReportFields[] = {
    {"format", T::String, true, "the file's format (strong, hevy, fitnotes, proximity)"},
    {"rows", T::Integer, true, "the rows read"},
    {"imported", T::Integer, true, "the rows taken"},
    {"skipped", T::Array, true, "the rows not taken, and why", nullptr, nullptr, "object", &kSkippedRow},
    {"workouts", T::Integer, true, "the workouts read"},
    {"sets", T::Integer, true, "the sets read"},
    {"exercises", T::Array, true, "each exercise name of the file", nullptr, nullptr, "object", &kImportedName}};
inline constexpr Shape kImportReport{"ImportReport", "What an import read from a file.", kImportReportFields};

inline constexpr Field kBodyWeightReportFields[] = {
    {"format", T::String, true, "the file's format"},
    {"rows", T::Integer, true, "the rows read"},
    {"imported", T::Integer, true, "the weighings taken"},
    {"kept", T::Integer, true, "the days the log already weighs differently (yours kept)"},
    {"skipped", T::Array, true, "the rows not taken, and why", nullptr, nullptr, "object", &kSkippedRow}};
inline constexpr Shape kBodyWeightReport{"BodyWeightReport", "What a body-weight import read from a file.",
                                         kBodyWeightReportFields};

inline constexpr Field kKeptHistoryDocumentFields[] = {
    {"version", T::Integer, true, "the history format's version"},
    {"customExercises", T::Array, false, "exercises the history names that are not in the library", nullptr, nullptr,
     "object", &kCustomExercise},
    {"mapping", T::Array, false, "imported names and the exercises they mean", nullptr, nullptr, "object",
     &kNameMapping}};
inline constexpr Shape kKeptHistoryDocument{"KeptHistoryDocument", "The kept history without its workouts.",
                                            kKeptHistoryDocumentFields};

inline constexpr Field kRestFields[] = {
    {"seconds", T::Integer, true, "the rest, seconds"},
    {"class", T::String, true, "the kind of rest: by the exercise's class or the set's type"}};
inline constexpr Shape kRest{"Rest", "The rest before the next set.", kRestFields};

inline constexpr Field kRestDefaultsFields[] = {
    {"byClass", T::Object, true, "exercise class -> default rest, seconds", nullptr, nullptr, "number"},
    {"bySetType", T::Object, true, "set type -> default rest, seconds", nullptr, nullptr, "number"}};
inline constexpr Shape kRestDefaults{"RestDefaults", "The default rest, seconds.", kRestDefaultsFields};

inline constexpr Field kFileFormatsFields[] = {
    {"import", T::Array, true, "the formats an import reads", nullptr, nullptr, "string"},
    {"export", T::Array, true, "the formats an export writes", nullptr, nullptr, "string"}};
inline constexpr Shape kFileFormats{"FileFormats", "The history file formats read and written.", kFileFormatsFields};

inline constexpr Field kHistoryLimitsFields[] = {
    {"workouts", T::Integer, true, "the most workouts a history holds"},
    {"sets", T::Integer, true, "the most sets a history holds"},
    {"exercisesPerWorkout", T::Integer, true, "the most exercises in one workout"},
    {"setsPerExercise", T::Integer, true, "the most sets of one exercise in a workout"},
    {"customExercises", T::Integer, true, "the most custom exercises"},
    {"nameLength", T::Integer, true, "the longest name, characters"},
    {"noteLength", T::Integer, true, "the longest note, characters"},
    {"reps", T::Integer, true, "the most reps in a logged set"},
    {"load", T::Number, true, "the heaviest logged load"},
    {"importBytes", T::Integer, true, "the largest file an import reads, bytes"}};
inline constexpr Shape kHistoryLimits{"HistoryLimits", "The sizes a history may have.", kHistoryLimitsFields};

}  // namespace proximity::shapes
