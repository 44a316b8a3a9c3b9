#include "core/analysis/exercise_trend.hpp"

#include "core/exercise/display_name.hpp"
#include "core/load/rir_band.hpp"

#include <unordered_map>

namespace proximity::analysis {

namespace {

ExerciseSession session_of(const EntryReading& entry, int workout, int index, int day, const AnalysisOptions& options,
                           const load::RirUncertainty& uncertainty, double max_hard_rir) {
    ExerciseSession s;
    s.workout = workout;
    s.entry = index;
    s.day = day;
    for (size_t k = 0; k < entry.sets.size(); ++k) {
        const SetReading& r = entry.sets[k];
        if (!r.working) continue;
        s.failure_sets += r.failure ? 1 : 0;
        s.hard_sets += r.hard ? 1 : 0;
        if (r.e1rm && (!s.e1rm || *r.e1rm > *s.e1rm)) {
            s.e1rm = r.e1rm;
            s.best_set = static_cast<int>(k);
        }
    }
    if (s.best_set < 0) return s;
    const SetReading& best = entry.sets[static_cast<size_t>(s.best_set)];
    s.lower_bound = best.lower_bound;
    s.comparable = !best.lower_bound && best.called_rir <= max_hard_rir;
    const load::Band band = load::one_rep_max_band(best.load, load::Effort{double(best.reps), best.rir}, uncertainty.below,
                                                   uncertainty.misjudgement, options.formula);
    s.low = band.low;
    s.high = band.high;
    return s;
}

}  // namespace

std::vector<ExerciseTrend> exercise_trends(const history::History& history, const HistoryReading& reading,
                                           const AnalysisOptions& options, const load::RirUncertainty& uncertainty, double max_hard_rir) {
    std::vector<ExerciseTrend> trends(reading.exercises.size());
    std::unordered_map<const ExerciseInfo*, size_t> index;
    for (size_t i = 0; i < reading.exercises.size(); ++i) {
        trends[i].info = &reading.exercises[i];
        index[&reading.exercises[i]] = i;
    }
    for (size_t w = 0; w < reading.workouts.size(); ++w) {
        const WorkoutReading& wr = reading.workouts[w];
        for (size_t x = 0; x < wr.entries.size(); ++x) {
            const EntryReading& entry = wr.entries[x];
            ExerciseTrend& t = trends[index.at(entry.info)];
            const std::string& logged = history.workouts[w].exercises[x].name;
            if (!logged.empty()) t.logged_name = logged;
            else if (t.logged_name.empty()) t.logged_name = entry.info->library_name;
            ExerciseSession s = session_of(entry, int(w), int(x), wr.day, options, uncertainty, max_hard_rir);
            if (s.e1rm && (!t.best_e1rm || *s.e1rm > *t.best_e1rm)) {
                t.best_e1rm = s.e1rm;
                t.best_session = static_cast<int>(t.sessions.size());
            }
            t.sessions.push_back(s);
        }
    }
    for (ExerciseTrend& t : trends)
        t.name = t.info->library ? t.info->library->name : exercise::sentence_case_name(t.logged_name);
    return trends;
}

std::optional<double> trend_e1rm(const ExerciseTrend& trend) {
    for (bool comparable_only : {true, false}) {
        double sum = 0;
        int n = 0;
        for (auto it = trend.sessions.rbegin(); it != trend.sessions.rend() && n < 3; ++it) {
            if (!it->e1rm || (comparable_only && !it->comparable)) continue;
            sum += *it->e1rm;
            ++n;
        }
        if (n > 0) return sum / n;
    }
    return std::nullopt;
}

}  // namespace proximity::analysis
