#pragma once
// Importing a file into a history: a Strong, Hevy or FitNotes CSV export, or a Proximity history
// document (JSON). The format is detected from the text (a JSON object, or the CSV
// header and its delimiter) unless given. Every data row is imported or reported as
// skipped with its line and reason (rows = imported + skipped). A workout already in
// the history (same start and name) is not added again, so importing the same file
// twice adds nothing. Names are mapped by ExerciseMatcher; new names become custom
// exercises, kept in the history with their mapping for the next import.
#include "core/exercise/exercise_library.hpp"
#include "core/history/history.hpp"
#include "core/history/import_rows.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace proximity::history {

enum class ImportFormat { Auto, Strong, Hevy, FitNotes, Proximity };  // ids "auto", "strong", "hevy", "fitnotes", "proximity"

struct ExerciseNameReport {
    std::string name;      // as the file wrote it
    std::string exercise;  // the id it was mapped to
    bool mapped = false;   // a library exercise (false: a custom one)
};

struct ImportReport {
    Source format = Source::Proximity;  // what the file was
    size_t rows = 0;                    // data rows (sets of a history document)
    size_t imported = 0;
    std::vector<SkippedRow> skipped;    // line 0 for a history document (it has no lines)
    size_t workouts = 0;                // workouts added
    size_t sets = 0;                    // sets added (= imported)
    std::vector<ExerciseNameReport> exercises;  // each name of the file, in order of appearance
};

struct ImportResult {
    History history;
    ImportReport report;
};

std::optional<ImportFormat> import_format_from_id(const std::string& id);
std::vector<std::string> import_format_list();  // "auto", "strong", "hevy", "fitnotes", "proximity"

// Imports `text` into a copy of `existing`. `unit` is the unit of a file that does not
// say it (Strong's older layout). Throws InputError on field "text" (empty, too large,
// unreadable, not an export it knows) or "format" (the file is another format).
ImportResult import_history(std::string_view text, ImportFormat format, History existing,
                            const exercise::ExerciseLibrary& library, units::Unit unit);

// The workouts of `after` that `before` did not hold (by start and name), by index: what
// an import added to a kept history.
std::vector<std::size_t> added_workouts(const History& before, const History& after);

}  // namespace proximity::history
