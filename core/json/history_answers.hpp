#pragma once
// The history methods' inputs and answers besides the document itself
// (history_reader.hpp, history_writer.hpp): the history at a field of an input, a file
// to import, an import's report and the session defaults.
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"
#include "core/history/history_import.hpp"

#include <nlohmann/json.hpp>

namespace proximity::history {

// The history document at in[name], errors under "<name>." ("history.workouts[2].name");
// an empty history when absent and not required.
History read_history_field(const nlohmann::json& in, const char* name, const exercise::ExerciseLibrary& library,
                           bool required);

// The file of an import call ({text, format?, unit?}) imported into `existing`. The text
// is read where it lies in the input: a 13 MB export is not copied again.
ImportResult import_text(const nlohmann::json& in, History existing, const exercise::ExerciseLibrary& library);

// {format, rows, imported, skipped: [{line, reason}], workouts, sets, exercises: [{name, exercise, mapped}]}
nlohmann::json import_report_json(const ImportReport& report);

// {rest: {byClass, bySetType}, setTypes, formats: {import, export}, limits}
nlohmann::json session_defaults_json();

}  // namespace proximity::history
