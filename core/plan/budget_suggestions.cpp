#include "core/plan/budget_suggestions.hpp"


#include <algorithm>
#include <cmath>

namespace proximity::plan {

namespace {

struct WeekRef {
    const Plan& plan;
    const PlanEvaluation& ev;
    int w;
    const Week& week() const { return plan.weeks[w]; }
    const WeekEvaluation& eval() const { return ev.weeks[w]; }
};

Suggestion suggestion(SuggestionKind kind, int week, int session, int exercise) {
    Suggestion sg;
    sg.kind = kind;
    sg.week = week;
    sg.session = session;
    sg.exercise = exercise;
    return sg;
}

bool shares_primary(const exercise::Exercise& a, const exercise::Exercise& b) {
    for (exercise::Muscle m : a.primary)
        if (std::find(b.primary.begin(), b.primary.end(), m) != b.primary.end()) return true;
    return false;
}

int last_working_set(const PlannedExercise& x) {
    for (int k = static_cast<int>(x.sets.size()) - 1; k >= 0; --k)
        if (!x.sets[k].warmup) return k;
    return -1;
}

bool has_failure(const PlannedExercise& x) {
    return std::any_of(x.sets.begin(), x.sets.end(), [](const PlannedSet& s) { return s.failure; });
}

// RIR a failure set should stop at instead: the policy's lower bound, at least 1.
double stop_rir(const SetEvaluation& se) {
    return se.verdict == policy::Verdict::Failure ? 1.0 : std::max(1.0, se.target_rir.min);
}

// An isolation exercise in session s that shares a primary muscle with `from`, has no
// failure set yet, and whose last working set the policy would allow to failure.
int failure_target(const WeekRef& r, int s, const exercise::Exercise& from) {
    const Session& session = r.week().sessions[s];
    for (size_t x = 0; x < session.exercises.size(); ++x) {
        const ExerciseEvaluation& xe = r.eval().sessions[s].exercises[x];
        if (xe.load_class != LoadClass::Isolation || !shares_primary(from, *xe.exercise)) continue;
        if (has_failure(session.exercises[x])) continue;
        const int k = last_working_set(session.exercises[x]);
        if (k >= 0 && xe.sets[k].verdict == policy::Verdict::Failure) return static_cast<int>(x);
    }
    return -1;
}

void failure_candidates(const WeekRef& r, std::vector<Suggestion>& out) {
    for (size_t s = 0; s < r.week().sessions.size(); ++s) {
        const Session& session = r.week().sessions[s];
        for (size_t x = 0; x < session.exercises.size(); ++x) {
            const PlannedExercise& px = session.exercises[x];
            const ExerciseEvaluation& xe = r.eval().sessions[s].exercises[x];
            double saves = 0, rir = 1;
            std::vector<int> set_numbers;
            for (size_t k = 0; k < px.sets.size(); ++k) {
                if (!px.sets[k].failure) continue;
                PlannedSet stopped = px.sets[k];
                stopped.failure = false;
                stopped.rir = rir = stop_rir(xe.sets[k]);
                saves += xe.sets[k].cost - set_fatigue_cost(stopped, xe.load_class);
                set_numbers.push_back(static_cast<int>(k) + 1);
            }
            if (set_numbers.empty()) continue;
            const int target = xe.load_class == LoadClass::Isolation
                                   ? -1 : failure_target(r, static_cast<int>(s), *xe.exercise);
            if (target >= 0) {
                const PlannedExercise& tx = session.exercises[target];
                const ExerciseEvaluation& te = r.eval().sessions[s].exercises[target];
                const int k = last_working_set(tx);
                PlannedSet to_failure = tx.sets[k];
                to_failure.failure = true;
                to_failure.rir = 0;
                const double net = saves - (set_fatigue_cost(to_failure, te.load_class) - te.sets[k].cost);
                if (net > 0) {
                    Suggestion sg = suggestion(SuggestionKind::MoveFailure, r.w, static_cast<int>(s), static_cast<int>(x));
                    sg.target_exercise = target;
                    sg.rir = rir;
                    sg.saves = net;
                    out.push_back(std::move(sg));
                    continue;
                }
            }
            Suggestion sg = suggestion(SuggestionKind::StopShort, r.w, static_cast<int>(s), static_cast<int>(x));
            sg.sets = static_cast<int>(set_numbers.size());
            sg.set_number = set_numbers.front();
            sg.rir = rir;
            sg.saves = saves;
            out.push_back(std::move(sg));
        }
    }
}

void technique_candidates(const WeekRef& r, std::vector<Suggestion>& out) {
    for (size_t s = 0; s < r.week().sessions.size(); ++s) {
        const Session& session = r.week().sessions[s];
        for (size_t x = 0; x < session.exercises.size(); ++x) {
            const PlannedExercise& px = session.exercises[x];
            const ExerciseEvaluation& xe = r.eval().sessions[s].exercises[x];
            double saves = 0;
            std::optional<policy::Technique> used;
            for (size_t k = 0; k < px.sets.size(); ++k) {
                if (!px.sets[k].technique || technique_factor(px.sets[k].technique) == 1.0) continue;
                used = px.sets[k].technique;
                saves += xe.sets[k].cost * (1.0 - 1.0 / technique_factor(used));
            }
            if (!used) continue;
            Suggestion sg = suggestion(SuggestionKind::DropTechnique, r.w, static_cast<int>(s), static_cast<int>(x));
            sg.technique = used;
            sg.saves = saves;
            out.push_back(std::move(sg));
        }
    }
}

// Marks one more set of exercise x in session s as cut and returns its cost: the last
// hard set that is not a failure set (a failure set may already have a stopShort
// suggestion, whose saving would then be counted twice), else the last hard set.
double take_set(const WeekRef& r, int s, size_t x, std::vector<bool>& taken) {
    const Session& session = r.week().sessions[s];
    const ExerciseEvaluation& xe = r.eval().sessions[s].exercises[x];
    taken.resize(xe.sets.size(), false);
    for (int pass = 0; pass < 2; ++pass)
        for (int k = static_cast<int>(xe.sets.size()) - 1; k >= 0; --k) {
            if (taken[k] || !xe.sets[k].hard) continue;
            if (pass == 0 && session.exercises[x].sets[k].failure) continue;
            taken[k] = true;
            return xe.sets[k].cost;
        }
    return 0;
}

int hard_set_count(const ExerciseEvaluation& xe) {
    return static_cast<int>(std::count_if(xe.sets.begin(), xe.sets.end(), [](const SetEvaluation& e) { return e.hard; }));
}

// Cuts `count` hard sets with `m` as a primary muscle from session s, each time from
// the exercise with the most remaining hard sets.
Suggestion cut_sets(const WeekRef& r, exercise::Muscle m, int s, int count) {
    const Session& session = r.week().sessions[s];
    const SessionEvaluation& se = r.eval().sessions[s];
    std::vector<int> remaining(session.exercises.size(), 0), cut(session.exercises.size(), 0);
    std::vector<std::vector<bool>> taken(session.exercises.size());
    for (size_t x = 0; x < session.exercises.size(); ++x)
        if (exercise::trains(*se.exercises[x].exercise, m)) remaining[x] = hard_set_count(se.exercises[x]);
    double saves = 0;
    int done = 0;
    for (; done < count; ++done) {
        const auto most = std::max_element(remaining.begin(), remaining.end());
        if (most == remaining.end() || *most == 0) break;
        const size_t x = static_cast<size_t>(most - remaining.begin());
        saves += take_set(r, s, x, taken[x]);
        --*most;
        ++cut[x];
    }
    Suggestion sg = suggestion(SuggestionKind::CutSets, r.w, s, 0);
    for (size_t x = 0; x < cut.size(); ++x)
        if (cut[x]) sg.cuts.push_back({static_cast<int>(x), remaining[x] + cut[x], remaining[x]});
    if (!sg.cuts.empty()) sg.exercise = sg.cuts.front().exercise;
    sg.sets = done;
    sg.muscle = m;
    sg.muscle_sets = r.eval().muscles[muscle_index(m)].hard_sets;
    sg.saves = saves;
    return sg;
}

// Last resort for a week still over budget: trim sets across the week, one set at a time
// from the exercise whose sets cost most, never below 2 hard sets per exercise.
void trim_candidates(const WeekRef& r, double excess, std::vector<Suggestion>& out) {
    struct Item {
        int s;
        size_t x;
        int left, cut = 0;
        double saves = 0;
        std::vector<bool> taken;
    };
    std::vector<Item> items;
    for (size_t s = 0; s < r.eval().sessions.size(); ++s)
        for (size_t x = 0; x < r.eval().sessions[s].exercises.size(); ++x)
            items.push_back({static_cast<int>(s), x, hard_set_count(r.eval().sessions[s].exercises[x]), 0, 0.0, {}});
    auto per_set = [&](const Item& i) {
        const ExerciseEvaluation& xe = r.eval().sessions[i.s].exercises[i.x];
        return xe.cost / std::max<size_t>(1, xe.sets.size());
    };
    while (excess > 0) {
        Item* best = nullptr;
        for (Item& i : items)
            if (i.left > 2 && (!best || per_set(i) > per_set(*best))) best = &i;
        if (!best) break;
        const double saved = take_set(r, best->s, best->x, best->taken);
        best->saves += saved;
        excess -= saved;
        --best->left;
        ++best->cut;
    }
    for (const Item& i : items) {
        if (!i.cut) continue;
        Suggestion sg = suggestion(SuggestionKind::TrimSets, r.w, i.s, static_cast<int>(i.x));
        sg.sets = i.cut;
        sg.saves = i.saves;
        out.push_back(std::move(sg));
    }
}

// The session giving `m` the most direct hard sets.
int biggest_session(const WeekRef& r, exercise::Muscle m) {
    int best = -1;
    double most = 0;
    for (size_t s = 0; s < r.eval().sessions.size(); ++s)
        if (r.eval().sessions[s].direct_sets[m] > most) {
            most = r.eval().sessions[s].direct_sets[m];
            best = static_cast<int>(s);
        }
    return best;
}

// Cuts for muscles above `level(landmark)`, biggest excess first.
template <class Level>
void cut_candidates(const WeekRef& r, Level level, std::vector<Suggestion>& out) {
    std::vector<std::pair<double, exercise::Muscle>> excess;
    for (exercise::Muscle m : exercise::all_muscles()) {
        const MuscleWeek& mw = r.eval().muscles[muscle_index(m)];
        if (mw.hard_sets > level(mw.landmark) + 1e-9) excess.emplace_back(mw.hard_sets - level(mw.landmark), m);
    }
    std::sort(excess.begin(), excess.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [amount, m] : excess) {
        const int s = biggest_session(r, m);
        if (s < 0) continue;
        const int count = static_cast<int>(std::ceil(amount - 1e-9));
        Suggestion sg = cut_sets(r, m, s, std::min(count, static_cast<int>(r.eval().sessions[s].direct_sets[m])));
        if (sg.sets > 0) out.push_back(std::move(sg));
    }
}

// Takes candidates, most saving first, until `excess` is covered.
void take_until_covered(std::vector<Suggestion> candidates, double& excess, std::vector<Suggestion>& out) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Suggestion& a, const Suggestion& b) { return a.saves > b.saves; });
    for (Suggestion& c : candidates) {
        if (excess <= 0) break;
        excess -= c.saves;
        out.push_back(std::move(c));
    }
}

}  // namespace

std::vector<Suggestion> budget_suggestions(const Plan& plan, const PlanEvaluation& ev) {
    std::vector<Suggestion> out;
    for (size_t w = 0; w < ev.weeks.size(); ++w) {
        const WeekRef r{plan, ev, static_cast<int>(w)};
        const WeekEvaluation& we = ev.weeks[w];
        double excess = we.cost - we.budget;
        if (excess <= 0) {
            cut_candidates(r, [](const Landmark& l) { return l.ceiling; }, out);
            continue;
        }
        std::vector<Suggestion> first;
        failure_candidates(r, first);
        technique_candidates(r, first);
        cut_candidates(r, [](const Landmark& l) { return l.max; }, first);
        take_until_covered(std::move(first), excess, out);
        if (excess > 0) {
            // Still over: cut the biggest muscles deeper, to the middle of their productive
            // range; a deeper cut replaces the one already suggested for that muscle.
            std::vector<Suggestion> deeper;
            cut_candidates(r, [](const Landmark& l) { return (l.min + l.max) / 2; }, deeper);
            std::stable_sort(deeper.begin(), deeper.end(),
                             [](const Suggestion& a, const Suggestion& b) { return a.saves > b.saves; });
            for (Suggestion& d : deeper) {
                if (excess <= 0) break;
                for (auto it = out.begin(); it != out.end();) {
                    if (it->kind == SuggestionKind::CutSets && it->week == d.week && it->muscle == d.muscle) {
                        excess += it->saves;
                        it = out.erase(it);
                    } else {
                        ++it;
                    }
                }
                excess -= d.saves;
                out.push_back(std::move(d));
            }
        }
        if (excess > 0) trim_candidates(r, excess, out);
    }
    return out;
}

}  // namespace proximity::plan
