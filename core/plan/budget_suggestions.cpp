#include "core/plan/budget_suggestions.hpp"

#include "core/common/number_text.hpp"
#include "core/plan/sentence_case.hpp"
#include "core/plan/session_days.hpp"
#include "core/plan/set_verdicts.hpp"
#include "core/plan/volume_warnings.hpp"

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
    std::string label(int s) const { return week_session_label(plan, ev, w, s); }
};

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

std::string saves_text(double saves) { return "; saves " + number_text(saves, 1) + " fatigue units."; }

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
            const std::string name = lowercase_first(xe.exercise->name);
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
                    Suggestion sg{SuggestionKind::MoveFailure, r.w, static_cast<int>(s), static_cast<int>(x),
                                  target, 0, std::nullopt, net, ""};
                    sg.text = r.label(static_cast<int>(s)) + ": move failure from " + name + " to " +
                              lowercase_first(te.exercise->name) + " (" + name + " stops at RIR " + number_text(rir) +
                              ")" + saves_text(net);
                    out.push_back(std::move(sg));
                    continue;
                }
            }
            std::string which = set_numbers.size() == 1 ? "set " + std::to_string(set_numbers[0])
                                                        : "all " + std::to_string(set_numbers.size()) + " failure sets";
            Suggestion sg{SuggestionKind::StopShort, r.w, static_cast<int>(s), static_cast<int>(x), -1,
                          static_cast<int>(set_numbers.size()), std::nullopt, saves, ""};
            sg.text = r.label(static_cast<int>(s)) + ": " + name + ", stop " + which + " at RIR " +
                      number_text(rir) + " instead of failure" + saves_text(saves);
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
            Suggestion sg{SuggestionKind::DropTechnique, r.w, static_cast<int>(s), static_cast<int>(x), -1, 0,
                          std::nullopt, saves, ""};
            sg.text = r.label(static_cast<int>(s)) + ": drop the " + lowercase_first(policy::technique_name(*used)) + " on " +
                      lowercase_first(xe.exercise->name) + saves_text(saves);
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
    std::string detail;
    int first = -1;
    for (size_t x = 0; x < cut.size(); ++x) {
        if (!cut[x]) continue;
        if (first < 0) first = static_cast<int>(x);
        detail += (detail.empty() ? "" : ", ") + lowercase_first(se.exercises[x].exercise->name) + " " +
                  std::to_string(remaining[x] + cut[x]) + " \xe2\x86\x92 " + std::to_string(remaining[x]);
    }
    const double before = r.eval().muscles[muscle_index(m)].hard_sets;
    Suggestion sg{SuggestionKind::CutSets, r.w, s, std::max(first, 0), -1, done, m, saves, ""};
    sg.text = "Week " + std::to_string(r.w + 1) + ": cut " + std::to_string(done) + " set" +
              (done == 1 ? "" : "s") + " of " + muscle_words(m) + " on " + day_full_name(se.day) + " (" +
              session.name + ": " + detail + "); " + muscle_words(m) + " " + number_text(before, 1) +
              " \xe2\x86\x92 " + number_text(before - done, 1) + " hard sets" + saves_text(saves);
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
        const ExerciseEvaluation& xe = r.eval().sessions[i.s].exercises[i.x];
        Suggestion sg{SuggestionKind::CutSets, r.w, i.s, static_cast<int>(i.x), -1, i.cut, xe.exercise->primary.front(),
                      i.saves, ""};
        sg.text = "Week " + std::to_string(r.w + 1) + ": cut " + std::to_string(i.cut) + " set" +
                  (i.cut == 1 ? "" : "s") + " of " + lowercase_first(xe.exercise->name) + " on " +
                  day_full_name(r.eval().sessions[i.s].day) + " (" + r.week().sessions[i.s].name + ")" +
                  saves_text(i.saves);
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
