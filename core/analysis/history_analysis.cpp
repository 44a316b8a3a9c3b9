#include "core/analysis/history_analysis.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/common/input_error.hpp"
#include "core/plan/weekly_volume.hpp"


namespace proximity::analysis {

namespace {

load::Experience experience_of(policy::LifterStatus s) {
    switch (s) {
        case policy::LifterStatus::Beginner: return load::Experience::Beginner;
        case policy::LifterStatus::Advanced: return load::Experience::Advanced;
        case policy::LifterStatus::Intermediate: break;
    }
    return load::Experience::Intermediate;
}

int failure_block_week(const plan::Plan& plan, size_t week) {
    int n = 0;
    for (size_t w = week + 1; w-- > 0 && plan.weeks[w].phase == policy::Phase::FailureBlock;) ++n;
    return n;
}

bool same_volumes(const std::vector<plan::WeekVolume>& a, const std::vector<plan::WeekVolume>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].sessions != b[i].sessions) return false;
        for (exercise::Muscle m : exercise::all_muscles())
            if (a[i].hard_sets[m] != b[i].hard_sets[m]) return false;
    }
    return true;
}

// The plan's weeks as the failure policy reads them (plan/weekly_sets.hpp); none when a
// week names an exercise the library does not have (the audit then reads the log).
std::vector<plan::WeekVolume> planned_weeks(const plan::Plan& plan, const exercise::ExerciseLibrary& library) {
    std::vector<plan::WeekVolume> out;
    try {
        for (size_t w = 0; w < plan.weeks.size(); ++w)
            out.push_back(plan::planned_week(plan::tally_week(plan.weeks[w], int(w), plan.settings, library)));
    } catch (const InputError&) {
        out.clear();
    }
    return out;
}

}  // namespace

bool ReadingKey::operator==(const ReadingKey& o) const {
    const bool same_calibration = calibration.has_value() == o.calibration.has_value() &&
                                  (!calibration || (calibration->bias == o.calibration->bias &&
                                                    calibration->spread == o.calibration->spread));
    return formula == o.formula && unit == o.unit && biases == o.biases && counting.primary == o.counting.primary &&
           counting.secondary == o.counting.secondary && counting.max_hard_rir == o.counting.max_hard_rir &&
           status == o.status && safety == o.safety && same_calibration && weeks == o.weeks && body_weight == o.body_weight && library == o.library &&
           rules == o.rules && same_volumes(planned, o.planned);
}

HistoryAnalysis analyze_history(const history::History& history, const exercise::ExerciseLibrary& library,
                                const policy::RuleSet& rules, const AnalysisOptions& options,
                                HistoryAnalysis* previous, size_t unchanged) {
    HistoryAnalysis a;
    a.options = options;
    const plan::CountingRules counting = options.plan ? options.plan->settings.counting : plan::CountingRules{};
    a.calls = call_observations(history, library);
    const CallPrior prior = call_prior(options.status);
    const int last_day = history.workouts.empty() ? 0 : day_number(history.workouts.back().start);
    const int as_of = options.today.empty() ? last_day : day_number(options.today);
    a.calls_model = fit_calls(a.calls, a.calls.size(), as_of, prior, options.calibration);
    a.backtest = backtest_calls(a.calls, prior);
    a.calls_trend = calibration_trend(a.calls, prior);
    const ClassCalibration& overall = a.calls_model.overall;
    const bool known = overall.basis != CallBasis::Prior;
    a.calibration = load::RirCalibration{overall.applied_bias(), std::nullopt, overall.tests + overall.inferred};
    if (known && a.calibration.count >= 2) a.calibration.spread = overall.spread;
    load::UncertaintyRequest request;
    request.experience = experience_of(options.status);
    if (known) request.calibration = a.calibration;
    a.uncertainty = *load::resolve_uncertainty(request);

    std::optional<policy::RirCalibration> policy_calibration;
    if (known) policy_calibration = policy::RirCalibration{overall.bias, overall.spread};
    a.key = ReadingKey{options.formula, options.unit, a.calls_model.applied_biases(), counting, options.status,
                       options.safety, policy_calibration, {}, {}, &library.all(), &rules.rules(), {}};
    if (options.plan)
        for (size_t w = 0; w < options.plan->weeks.size(); ++w)
            a.key.weeks.emplace_back(options.plan->weeks[w].phase, failure_block_week(*options.plan, w));
    if (options.plan) a.key.planned = planned_weeks(*options.plan, library);
    if (options.profile)
        for (const profile::BodyWeight& b : options.profile->body_weight)
            a.key.body_weight.emplace_back(b.date, units::convert(b.value, options.profile->unit, options.unit));

    const bool reuse = previous && unchanged > 0 && previous->key == a.key;
    if (!reuse) unchanged = 0;
    WeeklyTally judged;
    if (reuse) {
        a.reading = std::move(previous->reading);
        judged = std::move(previous->weeks);
    }
    read_history_from(history, unchanged, library, options, a.key.biases, counting, a.reading);
    a.trends = exercise_trends(history, a.reading, options, a.uncertainty, counting.max_hard_rir);
    for (const ExerciseTrend& t : a.trends) a.records.push_back(exercise_records(t, a.reading));

    a.weeks = weekly_tally(history, a.reading, options, counting, policy_calibration, rules, &judged, unchanged,
                           a.key.planned.empty() ? nullptr : &a.key.planned);
    a.signs = fatigue_signs(a.trends, a.weeks);

    a.has_today = !options.today.empty() || !a.reading.workouts.empty();
    if (!options.today.empty()) a.today = day_number(options.today);
    else if (!a.reading.workouts.empty()) a.today = a.reading.workouts.back().day;
    if (a.has_today) a.readiness = readiness(a.reading, history, options, a.today, library);
    a.next = next_session(history, a.reading, a.trends, options, library);
    if (options.plan) a.adherence = plan_adherence(history, a.reading, *options.plan, library);
    return a;
}

}  // namespace proximity::analysis
