#pragma once
// FitNotes' (Android) CSV export: comma-separated, one row per set, the rows of a day
// together: "Date" (2024-11-28, no time of day), "Exercise", "Category", "Weight (kgs)"
// or "Weight (lbs)" (older files "Weight (kg)"/"Weight (lb)", or "Weight" with a
// "Weight Unit" column), "Reps", "Distance", "Distance Unit" (m, km, mi, ft, yd), "Time"
// (a duration, "0:01:30"), "Comment" (the set's note). FitNotes writes no workout name,
// start time, set type or effort: a day's rows are one workout starting at 00:00, every
// set is a working set, and a "RPE" column is read if a file has one. A bodyweight set
// has weight 0; a cardio row a distance or time and no reps.
#include "core/history/csv_reader.hpp"
#include "core/history/import_rows.hpp"

#include <vector>

namespace proximity::history {

// Is this header FitNotes'? (It has "Date", "Exercise", "Category" and "Reps".)
bool is_fitnotes_header(const std::vector<std::string>& header);

// Rows of a FitNotes export (records[0] is the header). `unit` is used when the file
// does not say its unit.
RowsRead read_fitnotes_rows(const std::vector<CsvRecord>& records, units::Unit unit);

}  // namespace proximity::history
