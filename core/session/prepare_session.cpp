#include "core/session/prepare_session.hpp"

#include "core/exercise/effective_load.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/analysis/calibration_words.hpp"
#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"
#include "core/load/one_rep_max.hpp"
#include "core/load/target_load.hpp"
#include "core/plan/plan_evaluation.hpp"
#include "core/plan/set_verdicts.hpp"
#include "core/plan/sentence_case.hpp"
#include "core/plan/weekly_sets.hpp"
#include "core/policy/advise_set.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::session {

namespace {

using plan::PlannedSet;

void prescribe_load(const PlannedSet& planned, units::Unit plan_unit, PreparedExercise& x, PreparedSet& set,
                    units::Unit unit, load::Formula formula) {
    const double e1rm = x.e1rm ? x.e1rm->value : 0;
    if (planned.load) {
        set.fixed = true;
        set.load = units::convert(*planned.load, plan_unit, unit);
        if (e1rm > 0) set.percent = *set.load / e1rm * 100;
    } else if (e1rm > 0 && planned.percent_e1rm) {
        set.percent = *planned.percent_e1rm;
        set.load = e1rm * *planned.percent_e1rm / 100;
    } else if (e1rm > 0) {
        try {
            const load::TargetLoad t = load::target_load(e1rm, {static_cast<double>(planned.reps), planned.effective_rir()},
                                                         formula);
            set.load = t.load;
            set.percent = t.percent;
        } catch (const InputError&) {
            // the formula has no answer for this target (too many reps): no prescription
        }
    }
    if (set.load) set.rounded = load::LoadRounder(x.equipment, unit).round(*set.load, load::RoundingMode::Nearest);
}

// A bodyweight or assisted exercise: the load worked out from the e1RM is the effective
// load (core/exercise/effective_load.hpp); the lifter is told what to add on the belt or
// set on the assistance. Out of reach, or without a body weight: no load is prescribed.
// A load the plan fixes is already such a logged load: only its percent is made effective.
void to_logged_load(exercise::LoadKind kind, std::optional<double> body_weight, const PreparedExercise& x,
                    PreparedSet& set, units::Unit unit) {
    if (kind == exercise::LoadKind::External || !set.load) return;
    if (set.fixed) {
        const std::optional<double> effective = exercise::effective_load(kind, *set.load, body_weight);
        if (effective && x.e1rm) set.percent = *effective / x.e1rm->value * 100;
        else set.percent.reset();
        return;
    }
    set.load = exercise::logged_load(kind, *set.load, body_weight);
    set.rounded.reset();
    if (!set.load) { set.percent.reset(); return; }
    set.rounded = load::LoadRounder(x.equipment, unit).round_added(*set.load, load::RoundingMode::Nearest);
}

// The trend's e1RM, unless the profile holds a calculator or typed one dated after the
// exercise's last session (a max tested since stands).
void take_trend(PreparedExercise& x, const analysis::NextExercise& n, const analysis::HistoryAnalysis& a) {
    if (!n.e1rm) return;
    const analysis::ExerciseTrend* trend = nullptr;
    for (const analysis::ExerciseTrend& t : a.trends)
        if (t.info->id == x.exercise) trend = &t;
    if (!trend || trend->sessions.empty()) return;
    const std::string last = analysis::date_text(trend->sessions.back().day);
    if (x.e1rm && x.e1rm->source != profile::MaxSource::History && x.e1rm->date.substr(0, 10) > last) return;
    x.e1rm = profile::WorkingMax{*n.e1rm, last, profile::MaxSource::History};
    x.load_basis = analysis::next_basis_id(n.basis);
    x.load_reason = n.reason;
}

void take_fatigue(PreparedExercise& x, const exercise::Exercise& e, const analysis::HistoryAnalysis& a) {
    for (const analysis::FatigueSign& s : a.signs) {
        const std::vector<std::string> ids = plan::signs_for(analysis::muscle_fatigue({s}), e);
        if (ids.empty()) continue;
        for (const std::string& id : ids)
            if (std::find(x.fatigue_signs.begin(), x.fatigue_signs.end(), id) == x.fatigue_signs.end())
                x.fatigue_signs.push_back(id);
        x.fatigue_advice.push_back(analysis::sign_advice(s, a.options.unit));
    }
}

// The analysis's step up, for the sets at the target it was worked out for.
bool steps_up(const PlannedSet& ps, const analysis::NextExercise& n, const PreparedExercise& x) {
    return n.basis == analysis::NextBasis::StepUp && x.load_basis == "stepUp" && n.load && !ps.load &&
           !ps.percent_e1rm && ps.reps == n.reps && std::fabs(ps.effective_rir() - n.rir) < 1e-9;
}

std::string week_level_reason(double effort) {
    return "This week of the block stays at least " + number_text(effort) + " reps from failure.";
}

}  // namespace

std::optional<profile::WorkingMax> history_max(const history::History& h, const exercise::Exercise& e,
                                               const profile::Profile& lifter, load::Formula formula) {
    const std::string& id = e.id;
    const units::Unit unit = lifter.unit;
    for (auto w = h.workouts.rbegin(); w != h.workouts.rend(); ++w)
        for (auto x = w->exercises.rbegin(); x != w->exercises.rend(); ++x) {
            if (x->exercise != id) continue;
            for (auto s = x->sets.rbegin(); s != x->sets.rend(); ++s) {
                if (s->reps < load::kMinReps || s->reps > load::kMaxReps) continue;
                if (s->type == history::SetType::Warmup) continue;
                const std::optional<double> rir = s->failure ? std::optional<double>(0) : history::effort_rir(s->effort);
                if (!rir) continue;
                const std::optional<double> effective = exercise::effective_load(
                    e.load_kind, units::convert(s->load, s->unit, unit), profile::body_weight_on(lifter, w->start));
                if (!effective || *effective <= 0) continue;
                const auto max = load::one_rep_max(*effective, s->reps + *rir, formula);
                if (!max) continue;
                return profile::WorkingMax{*max, w->start.substr(0, 10), profile::MaxSource::History};
            }
        }
    return std::nullopt;
}

PreparedSession prepare_session(const plan::Plan& plan, int week, int session, const profile::Profile& lifter,
                                const history::History* history, const exercise::ExerciseLibrary& library,
                                const policy::RuleSet& rules, const plan::PlanEvaluation* evaluation,
                                const analysis::HistoryAnalysis* learnt, load::Formula formula) {
    if (week < 0 || week >= static_cast<int>(plan.weeks.size()))
        throw_input_error("week", "week " + std::to_string(week + 1) + " is not in the plan (it has " +
                                      std::to_string(plan.weeks.size()) + ")");
    const plan::Week& w = plan.weeks[static_cast<size_t>(week)];
    if (session < 0 || session >= static_cast<int>(w.sessions.size()))
        throw_input_error("session", "session " + std::to_string(session + 1) + " is not in week " +
                                         std::to_string(week + 1) + " (it has " + std::to_string(w.sessions.size()) + ")");
    std::optional<plan::PlanEvaluation> own;
    if (!evaluation) evaluation = &own.emplace(plan::evaluate_plan(plan, library, rules));
    const plan::WeekEvaluation& we = evaluation->weeks[static_cast<size_t>(week)];
    const plan::Session& planned = w.sessions[static_cast<size_t>(session)];
    const units::Unit plan_unit = units::unit_from_name(plan.settings.unit).value_or(units::Unit::Kg);

    PreparedSession out;
    out.week = week;
    out.session = session;
    out.name = planned.name;
    out.week_label = w.label;
    out.phase = w.phase;
    out.unit = lifter.unit;
    if (session + 1 < static_cast<int>(w.sessions.size())) out.next = history::PlanSession{week, session + 1};
    else if (week + 1 < static_cast<int>(plan.weeks.size())) out.next = history::PlanSession{week + 1, 0};

    policy::SetContext ctx;
    ctx.status = lifter.status;
    ctx.safety = lifter.safety;
    ctx.calibration = profile::policy_calibration(lifter);
    ctx.phase = w.phase;
    ctx.failure_block_week = plan::failure_block_week(plan, week);
    const plan::WeekVolume volume = plan::planned_week(we);
    std::array<int, policy::kTechniqueCount> techniques_used{};
    const analysis::CallCalibration calls =
        learnt ? learnt->calls_model
               : analysis::fit_calls({}, 0, 0, analysis::call_prior(lifter.status), lifter.calibration);
    bool test_proposed = false;
    std::optional<analysis::NextSession> loads;
    if (learnt && history)
        loads = analysis::session_loads(plan, week, session, *history, learnt->reading, learnt->trends, learnt->options,
                                        library);

    const std::optional<double> body_weight = profile::body_weight_on(lifter, "9999-12-31");  // the latest weighing
    for (size_t i = 0; i < planned.exercises.size(); ++i) {
        const plan::PlannedExercise& pe = planned.exercises[i];
        const plan::ExerciseEvaluation& xe = we.sessions[static_cast<size_t>(session)].exercises[i];
        PreparedExercise x;
        x.exercise = pe.exercise;
        x.name = xe.exercise->name;
        x.position = static_cast<int>(i) + 1;
        x.note = pe.note;
        x.superset_with_previous = pe.superset_with_previous;
        x.equipment = profile::equipment_for(lifter, pe.exercise, xe.exercise);
        x.rest_class = history::rest_class_of(*xe.exercise);
        if (const profile::WorkingMax* m = profile::working_max(lifter, pe.exercise)) x.e1rm = *m;
        else if (history) x.e1rm = history_max(*history, *xe.exercise, lifter, formula);
        const analysis::CallClass call_class = analysis::call_class_of(xe.exercise->movement_class, xe.exercise->equipment);
        const analysis::ClassCalibration& calls_of = calls.of(call_class);
        x.call_class = analysis::call_class_id(call_class);
        x.call_bias = calls_of.applied_bias();
        x.calibration_words = analysis::class_words(call_class, calls_of);
        if (loads) take_trend(x, loads->exercises[i], *learnt);
        if (learnt) take_fatigue(x, *xe.exercise, *learnt);

        ctx.fatigue_signs = x.fatigue_signs;

        ctx.exercise = xe.exercise;
        ctx.exercise_position = x.position;
        ctx.weekly_frequency = volume.frequency_of(xe.exercise->id);
        ctx.set_count = static_cast<int>(std::count_if(pe.sets.begin(), pe.sets.end(), [](const PlannedSet& p) { return !p.warmup; }));
        int index = 0;
        for (size_t k = 0; k < pe.sets.size(); ++k) {
            const PlannedSet& ps = pe.sets[k];
            PreparedSet set;
            set.warmup = ps.warmup;
            set.reps = ps.reps;
            set.rir = ps.effective_rir();
            set.failure = ps.failure;
            set.technique = ps.technique;
            prescribe_load(ps, plan_unit, x, set, lifter.unit, formula);
            if (loads && steps_up(ps, loads->exercises[i], x)) {
                set.load = *loads->exercises[i].load;
                set.percent = *set.load / x.e1rm->value * 100;
                set.rounded = load::LoadRounder(x.equipment, lifter.unit).round(*set.load, load::RoundingMode::Nearest);
            }
            to_logged_load(xe.exercise->load_kind, body_weight, x, set, lifter.unit);
            set.weekly_sets = volume.sets_for(*xe.exercise);
            if (!ps.warmup) {
                set.working_index = ++index;
                set.working_count = ctx.set_count;
                ctx.set_index = index;
                ctx.target_reps = ps.reps;
                ctx.percent_e1rm = set.percent ? std::optional<double>(std::clamp(*set.percent, 1.0, 100.0)) : std::nullopt;
                ctx.weekly_sets = set.weekly_sets;
                const policy::Advice advice = policy::advise_set(ctx, rules);
                plan::SetEvaluation se;
                se.verdict = advice.verdict;
                se.target_rir = advice.target_rir;
                plan::hold_to_week_level(se, w.effort_rir);
                set.advised = true;
                set.verdict = se.verdict;
                set.target_rir = se.target_rir;
                set.reason = se.week_level ? week_level_reason(*w.effort_rir)
                             : advice.reasons.empty() ? std::string("No rule speaks to this set: stop short, 1-3 reps in reserve.")
                                                      : advice.reasons.front().rule->title;
                set.follows = plan::follows_advice(ps, se);
                set.felt = policy::felt_target(se.target_rir, x.call_bias);
                const bool last = index == ctx.set_count;
                if (!test_proposed && last && calls_of.needs_test() &&
                    advice.technique(policy::Technique::CalibrationTest).allowed) {
                    set.calibration_test = analysis::test_words(call_class, calls_of);
                    test_proposed = true;
                }
                if (ps.technique && plan::over_session_limit(*ps.technique, advice, techniques_used)) {
                    const int most = advice.technique(*ps.technique).effect()->per_session;
                    set.follows = false;
                    set.reason = "One " + plan::lowercase_first(policy::technique_name(*ps.technique)) +
                                 " more than a session allows (at most " + std::to_string(most) + "): do this set straight.";
                }
            }
            x.sets.push_back(std::move(set));
        }
        out.exercises.push_back(std::move(x));
    }
    return out;
}

}  // namespace proximity::session
