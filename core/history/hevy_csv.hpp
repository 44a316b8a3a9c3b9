#pragma once
// Hevy's CSV export: comma-separated, quoted; "title", "start_time" and "end_time"
// ("15 Sep 2025, 07:48"), "description", "exercise_title", "superset_id",
// "exercise_notes", "set_index", "set_type" (warmup, normal, failure, dropset),
// "weight_kg" or "weight_lbs", "reps", "distance_km" or "distance_miles",
// "duration_seconds", "rpe" (6-10 in half steps, often empty). A "failure" set reached
// failure whatever the RPE column says; bodyweight sets have no weight; cardio rows have
// a duration or distance and no reps.
#include "core/history/csv_reader.hpp"
#include "core/history/import_rows.hpp"

#include <vector>

namespace proximity::history {

// Is this header Hevy's? (It has "exercise_title" and "set_type".)
bool is_hevy_header(const std::vector<std::string>& header);

RowsRead read_hevy_rows(const std::vector<CsvRecord>& records);

}  // namespace proximity::history
