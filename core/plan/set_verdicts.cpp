#include "core/plan/set_verdicts.hpp"

#include "core/common/number_text.hpp"
#include "core/plan/sentence_case.hpp"
#include "core/plan/session_days.hpp"

#include <algorithm>

namespace proximity::plan {

namespace {

int sessions_with_exercise(const Week& week, const std::string& id) {
    int n = 0;
    for (const Session& s : week.sessions)
        for (const PlannedExercise& x : s.exercises)
            if (x.exercise == id) {
                ++n;
                break;
            }
    return n;
}

int failure_block_week(const Plan& plan, int week) {
    int n = 0;
    for (int w = week; w >= 0 && plan.weeks[w].phase == policy::Phase::FailureBlock; --w) ++n;
    return n;
}

double weekly_sets_for(const exercise::Exercise& e, const WeekEvaluation& week) {
    double most = 0;
    for (exercise::Muscle m : e.primary) most = std::max(most, week.muscles[muscle_index(m)].hard_sets);
    return most;
}

std::string rir_range_text(const policy::RirRange& r) {
    if (r.min == r.max) return "RIR " + number_text(r.min);
    return "RIR " + number_text(r.min) + "-" + number_text(r.max);
}

Contradiction contradiction_of(const PlannedSet& set, const policy::Advice& advice) {
    if (set.failure && advice.verdict != policy::Verdict::Failure) return Contradiction::FailureNotAdvised;
    if (!set.failure && set.rir < advice.target_rir.min - 1e-9) return Contradiction::CloserThanAdvised;
    if (set.technique && !advice.technique(*set.technique).allowed) return Contradiction::TechniqueNotAdvised;
    return Contradiction::None;
}

std::string contradiction_text(const Plan& plan, const PlanEvaluation& ev, int w, int s, int x,
                               int k, const SetEvaluation& se) {
    const PlannedSet& set = plan.weeks[w].sessions[s].exercises[x].sets[k];
    const exercise::Exercise& e = *ev.weeks[w].sessions[s].exercises[x].exercise;
    std::string planned = set.failure ? "to failure" : "at " + rir_range_text({set.rir, set.rir});
    if (se.contradiction == Contradiction::TechniqueNotAdvised)
        planned += " with a " + lowercase_first(policy::technique_name(*set.technique)) + ", which the policy does not allow here";
    std::string text = week_session_label(plan, ev, w, s) + ": " + e.name + " set " +
                       std::to_string(k + 1) + " is planned " + planned + "; the policy says " +
                       policy::verdict_id(se.verdict) + " (" + rir_range_text(se.target_rir) + ")";
    if (!se.reason.empty()) text += ": " + se.reason;
    return text;
}

}  // namespace

std::string week_session_label(const Plan& plan, const PlanEvaluation& ev, int w, int s) {
    const Session& session = plan.weeks[w].sessions[s];
    return "Week " + std::to_string(w + 1) + ", " + session.name + " (" +
           day_name(ev.weeks[w].sessions[s].day) + ")";
}

void judge_sets(const Plan& plan, const policy::RuleSet& rules, PlanEvaluation& ev) {
    policy::SetContext ctx;
    ctx.status = plan.settings.status;
    ctx.spotter = plan.settings.spotter;
    for (size_t w = 0; w < plan.weeks.size(); ++w) {
        const Week& week = plan.weeks[w];
        WeekEvaluation& we = ev.weeks[w];
        ctx.phase = week.phase;
        ctx.failure_block_week = failure_block_week(plan, static_cast<int>(w));
        for (size_t s = 0; s < week.sessions.size(); ++s) {
            const Session& session = week.sessions[s];
            for (size_t x = 0; x < session.exercises.size(); ++x) {
                const PlannedExercise& planned = session.exercises[x];
                ExerciseEvaluation& xe = we.sessions[s].exercises[x];
                ctx.exercise = xe.exercise;
                ctx.exercise_position = static_cast<int>(x) + 1;
                ctx.weekly_sets = weekly_sets_for(*xe.exercise, we);
                ctx.weekly_frequency = sessions_with_exercise(week, planned.exercise);
                ctx.set_count = static_cast<int>(std::count_if(
                    planned.sets.begin(), planned.sets.end(), [](const PlannedSet& p) { return !p.warmup; }));
                int index = 0;
                for (size_t k = 0; k < planned.sets.size(); ++k) {
                    const PlannedSet& set = planned.sets[k];
                    if (set.warmup) continue;
                    ctx.set_index = ++index;
                    ctx.target_reps = set.reps;
                    ctx.percent_e1rm = set.percent_e1rm;
                    const policy::Advice advice = policy::advise_set(ctx, rules);
                    SetEvaluation& se = xe.sets[k];
                    se.advised = true;
                    se.verdict = advice.verdict;
                    se.target_rir = advice.target_rir;
                    se.contradiction = contradiction_of(set, advice);
                    if (se.contradiction == Contradiction::None) continue;
                    if (!advice.reasons.empty() && advice.reasons.front().rule) se.reason = advice.reasons.front().rule->title;
                    const int wi = static_cast<int>(w), si = static_cast<int>(s), xi = static_cast<int>(x),
                              ki = static_cast<int>(k);
                    ev.contradictions.push_back(
                        {wi, si, xi, ki, se.contradiction, contradiction_text(plan, ev, wi, si, xi, ki, se)});
                }
            }
        }
    }
}

}  // namespace proximity::plan
