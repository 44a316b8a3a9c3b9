#pragma once
// What an app's CSV export reader (strong_csv, hevy_csv, fitnotes_csv) hands to the import: one
// candidate set per data row, or the reason the row is not a set. history_import
// groups the sets into workouts and exercises and maps the names.
#include "core/history/history.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace proximity::history {

// The texts are views into the CSV records (and the reader's date cache), which outlive
// the import.
struct ImportedRow {
    size_t line = 0;  // line of the file
    std::string start;  // the workout's start, ISO 8601 local time
    std::string_view workout_name;
    std::optional<int> duration;  // seconds
    std::string_view workout_note;
    std::string_view exercise_name;
    std::string_view exercise_note;
    std::optional<int> superset;
    LoggedSet set;
};

struct SkippedRow {
    size_t line = 0;
    std::string reason;  // a sentence for the lifter: "an empty set (no weight and no reps)"
};

// A row that carries an exercise's note rather than a set (Strong's "Note" rows): it
// is reported as skipped, and the note joins the exercise it belongs to.
struct ExerciseNoteRow {
    std::string start, workout_name, exercise_name, note;
};

struct RowsRead {
    Source source = Source::Proximity;
    size_t data_rows = 0;  // records after the header
    std::vector<ImportedRow> sets;
    std::vector<SkippedRow> skipped;
    std::vector<ExerciseNoteRow> notes;
};

}  // namespace proximity::history
