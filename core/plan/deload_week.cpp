#include "core/plan/deload_week.hpp"

#include "core/plan/fatigue_cost.hpp"

#include <algorithm>

namespace proximity::plan {

Week deload_week(const Week& last, const exercise::ExerciseLibrary& library) {
    Week week;
    week.label = "Deload";
    week.phase = policy::Phase::Deload;
    for (const Session& s : last.sessions) {
        Session session{s.name, s.day, {}};
        bool round_up = true;  // odd set counts alternate, so the session keeps about half
        for (const PlannedExercise& x : s.exercises) {
            const exercise::Exercise* e = library.find(x.exercise);
            const bool isolation = e && load_class(*e) == LoadClass::Isolation;
            PlannedExercise out{x.exercise, {}, x.note};
            size_t working = 0;
            for (const PlannedSet& set : x.sets) working += set.warmup ? 0 : 1;
            size_t keep = working / 2;
            if (working % 2 == 1) {
                keep += round_up ? 1 : 0;
                round_up = !round_up;
            }
            keep = std::max<size_t>(keep, working == 0 ? 0 : 1);
            size_t kept = 0;
            for (const PlannedSet& set : x.sets) {
                PlannedSet d = set;
                if (!set.warmup) {
                    if (kept == keep) continue;
                    ++kept;
                    d.failure = false;
                    d.technique.reset();
                    d.rir = isolation ? kDeloadIsolationRir : kDeloadCompoundRir;
                }
                out.sets.push_back(d);
            }
            session.exercises.push_back(std::move(out));
        }
        week.sessions.push_back(std::move(session));
    }
    return week;
}

}  // namespace proximity::plan
