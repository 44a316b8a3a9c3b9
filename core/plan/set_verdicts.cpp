#include "core/plan/set_verdicts.hpp"

#include "core/plan/advice_cache.hpp"
#include "core/plan/weekly_sets.hpp"

#include <algorithm>

namespace proximity::plan {

namespace {

Contradiction contradiction_of(const PlannedSet& set, const SetEvaluation& se, const policy::Advice& advice) {
    if (set.failure && se.verdict != policy::Verdict::Failure) return Contradiction::FailureNotAdvised;
    if (!set.failure && set.rir < se.target_rir.min - 1e-9) return Contradiction::CloserThanAdvised;
    const bool failure_ok = policy::caution(se.verdict) <= policy::caution(policy::Verdict::NearFailure);
    if (set.technique && (!failure_ok || !advice.technique(*set.technique).allowed)) return Contradiction::TechniqueNotAdvised;
    return Contradiction::None;
}

}  // namespace

bool over_session_limit(policy::Technique t, const policy::Advice& advice, std::array<int, policy::kTechniqueCount>& used) {
    const int n = ++used[static_cast<size_t>(t)];
    const policy::TechniqueEffect* effect = advice.technique(t).effect();
    return effect && effect->per_session > 0 && n > effect->per_session;
}

int failure_block_week(const Plan& plan, int week) {
    int n = 0;
    for (int w = week; w >= 0 && plan.weeks[w].phase == policy::Phase::FailureBlock; --w) ++n;
    return n;
}

// The policy's advice held to the week's effort level: no closer to failure than
// `effort` reps, and the verdict follows the raised target as in the policy's own step 5
// (advise_set.hpp; below failure never RIR 0).
void hold_to_week_level(SetEvaluation& se, std::optional<double> effort) {
    if (!effort || se.target_rir.min >= *effort) return;
    se.week_level = true;
    se.target_rir.min = *effort;
    se.target_rir.max = std::max(se.target_rir.max, *effort);
    using policy::Verdict;
    if (se.verdict == Verdict::Failure && se.target_rir.min > 0)
        se.verdict = se.target_rir.min <= 1 ? Verdict::NearFailure : Verdict::StopShort;
    if (se.verdict == Verdict::NearFailure && se.target_rir.min >= 2) se.verdict = Verdict::StopShort;
    if (se.verdict != Verdict::Failure && se.target_rir.min < policy::kMinRirShortOfFailure) {
        se.target_rir.min = policy::kMinRirShortOfFailure;
        se.target_rir.max = std::max(se.target_rir.max, se.target_rir.min);
    }
}

bool follows_advice(const PlannedSet& set, const SetEvaluation& se) {
    if (set.failure != (se.verdict == policy::Verdict::Failure)) return false;
    const double rir = set.effective_rir();
    return rir >= se.target_rir.min - 1e-9 && rir <= se.target_rir.max + 1e-9;
}

void judge_sets(const Plan& plan, const policy::RuleSet& rules, PlanEvaluation& ev, const PlanFatigue& fatigue) {
    AdviceCache cache(rules);
    policy::SetContext ctx;
    ctx.status = plan.settings.status;
    ctx.safety = plan.settings.spotter ? policy::Safety::Spotter : policy::Safety::None;
    for (size_t w = 0; w < plan.weeks.size(); ++w) {
        const Week& week = plan.weeks[w];
        WeekEvaluation& we = ev.weeks[w];
        ctx.phase = week.phase;
        ctx.failure_block_week = failure_block_week(plan, static_cast<int>(w));
        const WeekVolume volume = planned_week(we);
        for (size_t s = 0; s < week.sessions.size(); ++s) {
            const Session& session = week.sessions[s];
            std::array<int, policy::kTechniqueCount> used{};
            for (size_t x = 0; x < session.exercises.size(); ++x) {
                const PlannedExercise& planned = session.exercises[x];
                ExerciseEvaluation& xe = we.sessions[s].exercises[x];
                ctx.exercise = xe.exercise;
                ctx.exercise_position = static_cast<int>(x) + 1;
                ctx.weekly_sets = volume.sets_for(*xe.exercise);
                ctx.weekly_frequency = volume.frequency_of(xe.exercise->id);
                ctx.fatigue_signs.clear();
                if (fatigue.applies_to(static_cast<int>(w))) ctx.fatigue_signs = signs_for(fatigue.signs, *xe.exercise);
                ctx.set_count = static_cast<int>(std::count_if(
                    planned.sets.begin(), planned.sets.end(), [](const PlannedSet& p) { return !p.warmup; }));
                int index = 0;
                for (size_t k = 0; k < planned.sets.size(); ++k) {
                    const PlannedSet& set = planned.sets[k];
                    if (set.warmup) continue;
                    ctx.set_index = ++index;
                    ctx.target_reps = set.reps;
                    ctx.percent_e1rm = set.percent_e1rm;
                    const policy::Advice& advice = cache.advise(ctx);
                    SetEvaluation& se = xe.sets[k];
                    se.advised = true;
                    se.verdict = advice.verdict;
                    se.target_rir = advice.target_rir;
                    hold_to_week_level(se, week.effort_rir);
                    se.contradiction = contradiction_of(set, se, advice);
                    if (se.contradiction == Contradiction::None && set.technique &&
                        over_session_limit(*set.technique, advice, used))
                        se.contradiction = Contradiction::OverSessionLimit;
                    se.follows = se.contradiction == Contradiction::None && follows_advice(set, se);
                    if (se.contradiction == Contradiction::None) continue;
                    if (se.contradiction == Contradiction::OverSessionLimit)
                        se.reason = advice.technique(*set.technique).rule;
                    else if (!advice.reasons.empty()) se.reason = advice.reasons.front().rule;
                    ev.contradictions.push_back({static_cast<int>(w), static_cast<int>(s), static_cast<int>(x),
                                                 static_cast<int>(k), se.contradiction});
                }
            }
        }
    }
}

}  // namespace proximity::plan
