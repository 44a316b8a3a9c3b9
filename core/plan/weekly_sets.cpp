#include "core/plan/weekly_sets.hpp"

#include "core/plan/plan_evaluation.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::plan {

bool counts_as_hard(double rir, const CountingRules& rules) { return rir <= rules.max_hard_rir; }

double WeekVolume::sets_for(const exercise::Exercise& e) const {
    double most = 0;
    for (exercise::Muscle m : e.primary) most = std::max(most, hard_sets[m]);
    return most;
}

int WeekVolume::frequency_of(const std::string& id) const {
    auto it = sessions.find(id);
    if (it == sessions.end()) return 1;
    return std::max(1, static_cast<int>(std::lround(it->second)));
}

WeekVolume planned_week(const WeekEvaluation& week) {
    WeekVolume out;
    for (exercise::Muscle m : exercise::all_muscles()) out.hard_sets[m] = week.muscles[muscle_index(m)].hard_sets;
    for (const SessionEvaluation& s : week.sessions) {
        std::vector<const exercise::Exercise*> seen;
        for (const ExerciseEvaluation& x : s.exercises) {
            if (std::find(seen.begin(), seen.end(), x.exercise) != seen.end()) continue;
            seen.push_back(x.exercise);
            out.sessions[x.exercise->id] += 1;
        }
    }
    return out;
}

WeekVolume typical_week(const std::vector<WeekVolume>& weeks, size_t at, int span_weeks) {
    WeekVolume out;
    out.start = weeks[at].start;
    const int first_day = weeks[at].start - 7 * (span_weeks - 1);
    int n = 0;
    for (size_t i = at + 1; i-- > 0 && weeks[i].start >= first_day;) {
        ++n;
        out.hard_sets += weeks[i].hard_sets;
        for (const auto& [id, count] : weeks[i].sessions) out.sessions[id] += count;
    }
    for (exercise::Muscle m : exercise::all_muscles()) out.hard_sets[m] /= n;
    for (auto& entry : out.sessions) entry.second /= n;
    return out;
}

}  // namespace proximity::plan
