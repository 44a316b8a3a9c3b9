#include "core/plan/mesocycle.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/plan/deload_week.hpp"
#include "core/plan/effort_progression.hpp"
#include "core/plan/hard_sets.hpp"
#include "core/plan/plan_template.hpp"
#include "core/plan/set_verdicts.hpp"
#include "core/plan/weekly_volume.hpp"

#include <algorithm>

namespace proximity::plan {

namespace {

using SetCounts = std::vector<std::vector<int>>;  // [session][exercise] working sets
constexpr double kHardestLevel = 0.0;  // the last week of a block: compounds RIR 1, isolation RIR 0
constexpr double kMaxLevel = 4.0;

struct Block {
    const PlanTemplate& tpl;
    const exercise::ExerciseLibrary& library;
    const PlanSettings& settings;
    std::vector<std::vector<const exercise::Exercise*>> exercises;  // resolved template ids

    Block(const PlanTemplate& t, const exercise::ExerciseLibrary& lib, const PlanSettings& s)
        : tpl(t), library(lib), settings(s) {
        for (const TemplateSession& ts : tpl.sessions) {
            exercises.emplace_back();
            for (const TemplateExercise& tx : ts.exercises) {
                const exercise::Exercise* e = library.find(tx.exercise);
                if (!e) throw InputError("template", "template " + tpl.id + " names an unknown exercise " + quoted_input(tx.exercise));
                exercises.back().push_back(e);
            }
        }
    }

    Week build_week(const SetCounts& counts, double level) const {
        Week week;
        for (size_t s = 0; s < tpl.sessions.size(); ++s) {
            const TemplateSession& ts = tpl.sessions[s];
            Session session{ts.name, ts.day, {}};
            for (size_t x = 0; x < ts.exercises.size(); ++x) {
                PlannedSet set;
                set.reps = ts.exercises[x].reps_low;
                set.rir = planned_rir(level, load_class(*exercises[s][x]));
                session.exercises.push_back({ts.exercises[x].exercise, std::vector<PlannedSet>(counts[s][x], set), ""});
            }
            week.sessions.push_back(std::move(session));
        }
        return week;
    }

    double cap(exercise::Muscle m) const {
        const Landmark l = settings.landmarks.at(m);
        return settings.status == policy::LifterStatus::Beginner ? l.min : l.max;
    }

    // Adds sets (see mesocycle.hpp), then takes back the last additions while the block's
    // hardest week would be over its fatigue budget.
    void grow(SetCounts& counts) const {
        MuscleTally sets;
        for (const SessionEvaluation& se : tally_week(build_week(counts, kHardestLevel), 0, settings, library).sessions)
            sets += se.hard_sets;
        std::vector<std::pair<size_t, size_t>> added;
        for (size_t s = 0; s < tpl.sessions.size(); ++s) {
            std::vector<bool> bumped(muscle_count(), false);
            std::vector<size_t> order(tpl.sessions[s].exercises.size());
            for (size_t x = 0; x < order.size(); ++x) order[x] = x;
            std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
                return static_cast<int>(load_class(*exercises[s][a])) < static_cast<int>(load_class(*exercises[s][b]));
            });
            for (size_t x : order) {
                const exercise::Exercise& e = *exercises[s][x];
                if (counts[s][x] >= tpl.sessions[s].exercises[x].sets + kMaxExtraSetsPerExercise) continue;
                MuscleTally after = sets;
                credit_hard_set(e, settings.counting, after);
                bool fits = true;
                for (exercise::Muscle m : e.primary) fits = fits && !bumped[muscle_index(m)] && after[m] <= cap(m) + 1e-9;
                for (exercise::Muscle m : e.secondary) fits = fits && after[m] <= settings.landmarks.at(m).ceiling + 1e-9;
                if (!fits) continue;
                ++counts[s][x];
                sets = after;
                for (exercise::Muscle m : e.primary) bumped[muscle_index(m)] = true;
                added.emplace_back(s, x);
            }
        }
        // Sets added now are carried to the end of the block, so they must fit the budget
        // of its hardest week: compounds at RIR 1, isolation at RIR 0.
        while (!added.empty() &&
               tally_week(build_week(counts, kHardestLevel), 0, settings, library).budget_status == BudgetStatus::Over) {
            --counts[added.back().first][added.back().second];
            added.pop_back();
        }
    }

    bool over_budget(const SetCounts& counts, double level) const {
        return tally_week(build_week(counts, level), 0, settings, library).budget_status == BudgetStatus::Over;
    }

    // The planned effort level, raised in half reps while the week would be over its
    // budget (a lifter whose budget the template already fills does not push closer to
    // failure); if even RIR 4 is over, sets are trimmed from the biggest exercises.
    double fit_level(SetCounts& counts, double level) const {
        while (level < kMaxLevel && over_budget(counts, level)) level += 0.5;
        while (over_budget(counts, level)) {
            size_t bs = 0, bx = 0;
            for (size_t s = 0; s < counts.size(); ++s)
                for (size_t x = 0; x < counts[s].size(); ++x)
                    if (counts[s][x] > counts[bs][bx]) bs = s, bx = x;
            if (counts[bs][bx] <= 1) break;
            --counts[bs][bx];
        }
        return level;
    }

    FailureAllowance allowance(size_t s, size_t x) const { return tpl.sessions[s].exercises[x].failure; }
};

// Failure where the template allows it and the policy agrees; never closer to failure
// than the policy advises (effort_progression.hpp).
void apply_policy(Plan& plan, const Block& block, const policy::RuleSet& rules) {
    PlanEvaluation ev;
    for (size_t w = 0; w < plan.weeks.size(); ++w)
        ev.weeks.push_back(tally_week(plan.weeks[w], static_cast<int>(w), plan.settings, block.library));
    judge_sets(plan, rules, ev);
    for (size_t w = 0; w < plan.weeks.size(); ++w)
        for (size_t s = 0; s < plan.weeks[w].sessions.size(); ++s)
            for (size_t x = 0; x < plan.weeks[w].sessions[s].exercises.size(); ++x) {
                std::vector<PlannedSet>& sets = plan.weeks[w].sessions[s].exercises[x].sets;
                const FailureAllowance allow = block.allowance(s, x);
                for (size_t k = 0; k < sets.size(); ++k) {
                    PlannedSet& set = sets[k];
                    const SetEvaluation& se = ev.weeks[w].sessions[s].exercises[x].sets[k];
                    const bool allowed = allow == FailureAllowance::AllSets ||
                                         (allow == FailureAllowance::LastSet && k + 1 == sets.size());
                    const std::optional<double> level = plan.weeks[w].effort_rir;
                    if (set.rir < 1.0 || (level && *level < 1.0)) {
                        if (allowed && se.verdict == policy::Verdict::Failure) {
                            set.failure = true;
                            set.rir = 0;
                            continue;
                        }
                        set.rir = std::max(set.rir, 1.0);
                    }
                    set.rir = std::max(set.rir, se.target_rir.min);
                }
            }
}

// A week whose failure sets push it over the fatigue budget gives them up, earlier sets
// of an exercise before its last set (seed 001, seed 004: failure belongs on the last set).
void keep_failure_within_budget(Week& week, int w, const Block& block) {
    const WeekEvaluation we = tally_week(week, w, block.settings, block.library);
    double excess = we.cost - we.budget;
    for (int pass = 0; pass < 2 && excess > 0; ++pass)
        for (size_t s = 0; s < week.sessions.size() && excess > 0; ++s)
            for (size_t x = 0; x < week.sessions[s].exercises.size() && excess > 0; ++x) {
                std::vector<PlannedSet>& sets = week.sessions[s].exercises[x].sets;
                const LoadClass c = we.sessions[s].exercises[x].load_class;
                for (size_t k = 0; k < sets.size() && excess > 0; ++k) {
                    const bool last = k + 1 == sets.size();
                    if (!sets[k].failure || last != (pass == 1)) continue;
                    const double before = set_fatigue_cost(sets[k], c);
                    sets[k].failure = false;
                    sets[k].rir = 1.0;
                    excess -= before - set_fatigue_cost(sets[k], c);
                }
            }
}

}  // namespace

Plan generate_mesocycle(const MesocycleRequest& req, const exercise::ExerciseLibrary& library,
                        const policy::RuleSet& rules) {
    const PlanTemplate* tpl = find_template(req.template_id);
    if (!tpl) throw InputError("template", "template must be one of " + template_ids_list() + " (got " + quoted_input(req.template_id) + ")");
    if (req.weeks < kMinBlockWeeks || req.weeks > kMaxBlockWeeks)
        throw InputError("weeks", "weeks must be between 3 and 6 (accumulation weeks; the deload week comes on top)");
    Plan plan;
    plan.name = req.name.empty() ? tpl->name : req.name;
    plan.settings = req.settings;
    const Block block(*tpl, library, plan.settings);
    SetCounts counts;
    for (const TemplateSession& ts : tpl->sessions) {
        counts.emplace_back();
        for (const TemplateExercise& tx : ts.exercises) counts.back().push_back(tx.sets);
    }
    double previous_level = kMaxLevel;
    for (int i = 0; i < req.weeks; ++i) {
        if (i > 0) block.grow(counts);
        // Never harder than the budget allows, and never easier than the week before.
        const double level = std::min(previous_level, block.fit_level(counts, effort_level(i, req.weeks)));
        previous_level = level;
        Week week = block.build_week(counts, level);
        week.label = "Week " + std::to_string(i + 1) + " \xc2\xb7 " + effort_label(level);
        week.effort_rir = level;
        week.phase = req.phase;
        plan.weeks.push_back(std::move(week));
    }
    apply_policy(plan, block, rules);
    for (size_t w = 0; w < plan.weeks.size(); ++w) keep_failure_within_budget(plan.weeks[w], static_cast<int>(w), block);
    if (req.deload) plan.weeks.push_back(deload_week(plan.weeks.back(), library));
    return plan;
}

}  // namespace proximity::plan
