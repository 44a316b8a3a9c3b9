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
            Technique used = Technique::None;
            for (size_t k = 0; k < px.sets.size(); ++k) {
                if (px.sets[k].technique == Technique::None) continue;
                used = px.sets[k].technique;
                saves += xe.sets[k].cost * (1.0 - 1.0 / technique_factor(used));
            }
            if (used == Technique::None) continue;
            Suggestion sg{SuggestionKind::DropTechnique, r.w, static_cast<int>(s), static_cast<int>(x), -1, 0,
                          std::nullopt, saves, ""};
            sg.text = r.label(static_cast<int>(s)) + ": drop the " + technique_name(used) + " on " +
                      lowercase_first(xe.exercise->name) + saves_text(saves);
            out.push_back(std::move(sg));
        }
    }
}

// Cuts `count` hard sets with `m` as a primary muscle from session s, last sets first,
// taking from the exercise with the most remaining hard sets each time.
Suggestion cut_sets(const WeekRef& r, exercise::Muscle m, int s, int count) {
    const Session& session = r.week().sessions[s];
    const SessionEvaluation& se = r.eval().sessions[s];
    std::vector<int> remaining(session.exercises.size(), 0), cut(session.exercises.size(), 0);
    for (size_t x = 0; x < session.exercises.size(); ++x) {
        const auto& prim = se.exercises[x].exercise->primary;
        if (std::find(prim.begin(), prim.end(), m) == prim.end()) continue;
        for (const SetEvaluation& e : se.exercises[x].sets) remaining[x] += e.hard ? 1 : 0;
    }
    double saves = 0;
    int done = 0;
    for (; done < count; ++done) {
        const auto most = std::max_element(remaining.begin(), remaining.end());
        if (most == remaining.end() || *most == 0) break;
        const size_t x = static_cast<size_t>(most - remaining.begin());
        // The cut set is the (cut[x] + 1)-th hard set from the end.
        int seen = 0;
        for (int k = static_cast<int>(se.exercises[x].sets.size()) - 1; k >= 0; --k) {
            if (!se.exercises[x].sets[k].hard) continue;
            if (seen++ == cut[x]) {
                saves += se.exercises[x].sets[k].cost;
                break;
            }
        }
        --*most;
        ++cut[x];
    }
    std::string detail;
    int first = -1;
    for (size_t x = 0; x < cut.size(); ++x) {
        if (!cut[x]) continue;
        if (first < 0) first = static_cast<int>(x);
        const int hard = remaining[x] + cut[x];
        detail += (detail.empty() ? "" : ", ") + lowercase_first(se.exercises[x].exercise->name) + " " +
                  std::to_string(hard) +
                  " \xe2\x86\x92 " + std::to_string(remaining[x]);
    }
    const double before = r.eval().muscles[muscle_index(m)].hard_sets;
    Suggestion sg{SuggestionKind::CutSets, r.w, s, std::max(first, 0), -1, done, m, saves, ""};
    sg.text = "Week " + std::to_string(r.w + 1) + ": cut " + std::to_string(done) + " set" +
              (done == 1 ? "" : "s") + " of " + muscle_words(m) + " on " + day_full_name(se.day) + " (" +
              session.name + ": " + detail + "); " + muscle_words(m) + " " + number_text(before, 1) +
              " \xe2\x86\x92 " + number_text(before - done, 1) + " hard sets" + saves_text(saves);
    return sg;
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
    }
    return out;
}

}  // namespace proximity::plan
