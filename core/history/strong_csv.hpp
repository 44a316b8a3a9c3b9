#pragma once
// Strong's CSV export, in the three layouts it has written:
//  - current: semicolon-separated, every field quoted: "Workout #", "Date", "Workout Name",
//    "Duration (sec)", "Exercise Name", "Set Order", "Weight (kg)" or "Weight (lbs)",
//    "Reps", "RPE", "Distance (meters)", "Seconds", "Notes", "Workout Notes";
//  - older: comma-separated, unquoted: "Date", "Workout Name", "Duration" ("35m"),
//    "Exercise Name", "Set Order", "Weight", "Reps", "Distance", "Seconds", "RPE" (no unit:
//    the caller's unit applies);
//  - a variant with "Weight Unit" (kg / lbs) and "Distance Unit" columns, "Notes" and
//    "Workout Notes".
// Set Order is a number for a working set, "W" for a warm-up, "D" for a drop set, "F" for
// a set to failure; "Rest Timer" and "Note" rows are not sets (reported as skipped; a
// note joins its exercise).
// Strong has no failure flag otherwise, and RPE is often empty.
// A "Superset" column (Proximity's own export adds it: strong_export.hpp) is read when present.
#include "core/history/csv_reader.hpp"
#include "core/history/import_rows.hpp"

#include <vector>

namespace proximity::history {

// Is this header Strong's? (It has "Exercise Name" and "Set Order".)
bool is_strong_header(const std::vector<std::string>& header);

// Rows of a Strong export (records[0] is the header). `unit` is used when the file does
// not say its unit (the older layout).
RowsRead read_strong_rows(const std::vector<CsvRecord>& records, char delimiter, units::Unit unit);

}  // namespace proximity::history
