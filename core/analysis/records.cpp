#include "core/analysis/records.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace proximity::analysis {

const char* record_kind_id(RecordKind k) {
    switch (k) {
        case RecordKind::E1rm: return "e1rm";
        case RecordKind::Reps: return "reps";
        case RecordKind::RepsAtLoad: return "repsAtLoad";
    }
    return "e1rm";
}

namespace {

// Loads compared to the gram (or hundredth of a pound): float noise from imports
// (12.900000000000034) must not split one load in two.
long long load_key(double load) { return std::llround(load * 100.0); }

}  // namespace

std::vector<Record> exercise_records(const ExerciseTrend& trend, const HistoryReading& reading) {
    std::vector<Record> e1rm_records, at_load_records;
    std::map<int, Record> by_reps;           // reps -> heaviest set
    std::map<long long, int> failure_reps;   // load -> most reps to failure
    double best = 0;
    for (const ExerciseSession& s : trend.sessions) {
        if (s.e1rm && *s.e1rm > best + 1e-9) {
            const SetReading& b = reading.workouts[size_t(s.workout)].entries[size_t(s.entry)].sets[size_t(s.best_set)];
            Record r{RecordKind::E1rm, s.day, b.load, b.reps, *s.e1rm, 0, best};
            e1rm_records.push_back(r);
            best = *s.e1rm;
        }
        for (const SetReading& set : reading.workouts[size_t(s.workout)].entries[size_t(s.entry)].sets) {
            if (!set.working || set.load <= 0) continue;
            auto it = by_reps.find(set.reps);
            if (it == by_reps.end() || set.load > it->second.load + 1e-9)
                by_reps[set.reps] = Record{RecordKind::Reps, s.day, set.load, set.reps, 0, 0, 0};
            if (!set.failure) continue;
            auto f = failure_reps.find(load_key(set.load));
            if (f == failure_reps.end()) {
                failure_reps.emplace(load_key(set.load), set.reps);
            } else if (set.reps > f->second) {
                at_load_records.push_back(Record{RecordKind::RepsAtLoad, s.day, set.load, set.reps, 0, f->second, 0});
                f->second = set.reps;
            }
        }
    }
    std::vector<Record> out = std::move(e1rm_records);
    for (const auto& [reps, r] : by_reps) out.push_back(r);
    out.insert(out.end(), at_load_records.begin(), at_load_records.end());
    return out;
}

}  // namespace proximity::analysis
