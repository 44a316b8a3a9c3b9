#pragma once
// Personal records of one exercise, from its working sets in date order:
// - e1rm:       each session whose best e1RM beat every earlier session's (the first
//               session sets the first record);
// - reps:       the most load lifted at each rep count (the current record per count);
// - repsAtLoad: seed 004's "more reps before failure at the same load": a set taken to
//               failure (or a calibration test) at a load already taken to failure before,
//               with more reps than ever at that load.
#include "core/analysis/exercise_trend.hpp"

#include <vector>

namespace proximity::analysis {

enum class RecordKind { E1rm, Reps, RepsAtLoad };
const char* record_kind_id(RecordKind k);  // "e1rm", "reps", "repsAtLoad"

struct Record {
    RecordKind kind = RecordKind::E1rm;
    int day = 0;
    double load = 0;
    int reps = 0;
    double e1rm = 0;       // e1rm records
    int previous = 0;      // repsAtLoad: the earlier best reps at that load
    double previous_e1rm = 0;  // e1rm: the earlier record (0 for the first)
};

std::vector<Record> exercise_records(const ExerciseTrend& trend, const HistoryReading& reading);

}  // namespace proximity::analysis
