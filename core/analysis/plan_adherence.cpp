#include "core/analysis/plan_adherence.hpp"

#include "core/plan/weekly_volume.hpp"

#include <map>

namespace proximity::analysis {

namespace {

ExerciseAdherence& entry_for(std::vector<ExerciseAdherence>& list, const std::string& id) {
    for (ExerciseAdherence& e : list)
        if (e.exercise == id) return e;
    list.push_back({id, 0, 0});
    return list.back();
}

}  // namespace

std::vector<SessionAdherence> plan_adherence(const history::History& history, const HistoryReading& reading,
                                             const plan::Plan& plan, const exercise::ExerciseLibrary& library) {
    std::vector<SessionAdherence> out;
    std::map<int, plan::WeekEvaluation> weeks;
    for (size_t w = 0; w < history.workouts.size(); ++w) {
        const auto& ref = history.workouts[w].plan;
        if (!ref || ref->week >= int(plan.weeks.size()) ||
            ref->session >= int(plan.weeks[size_t(ref->week)].sessions.size()))
            continue;
        auto it = weeks.find(ref->week);
        if (it == weeks.end())
            it = weeks.emplace(ref->week, plan::tally_week(plan.weeks[size_t(ref->week)], ref->week, plan.settings, library))
                     .first;
        SessionAdherence a;
        a.workout = int(w);
        a.day = reading.workouts[w].day;
        a.week = ref->week;
        a.session = ref->session;
        const plan::Session& planned = plan.weeks[size_t(ref->week)].sessions[size_t(ref->session)];
        const plan::SessionEvaluation& evaluated = it->second.sessions[size_t(ref->session)];
        for (size_t x = 0; x < planned.exercises.size(); ++x) {
            ExerciseAdherence& e = entry_for(a.exercises, planned.exercises[x].exercise);
            for (const plan::SetEvaluation& s : evaluated.exercises[x].sets) e.planned += s.hard ? 1 : 0;
        }
        for (const EntryReading& entry : reading.workouts[w].entries) {
            ExerciseAdherence& e = entry_for(a.exercises, entry.info->id);
            for (const SetReading& r : entry.sets) e.actual += r.working && r.hard ? 1 : 0;
        }
        for (const ExerciseAdherence& e : a.exercises) {
            a.planned += e.planned;
            a.actual += e.actual;
        }
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace proximity::analysis
