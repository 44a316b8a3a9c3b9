#include "core/analysis/history_analysis.hpp"

#include "core/analysis/calendar_day.hpp"


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

}  // namespace

bool ReadingKey::operator==(const ReadingKey& o) const {
    const bool same_calibration = calibration.has_value() == o.calibration.has_value() &&
                                  (!calibration || (calibration->bias == o.calibration->bias &&
                                                    calibration->spread == o.calibration->spread));
    return formula == o.formula && unit == o.unit && bias == o.bias && counting.primary == o.counting.primary &&
           counting.secondary == o.counting.secondary && counting.max_hard_rir == o.counting.max_hard_rir &&
           status == o.status && safety == o.safety && same_calibration && weeks == o.weeks && body_weight == o.body_weight && library == o.library &&
           rules == o.rules;
}

HistoryAnalysis analyze_history(const history::History& history, const exercise::ExerciseLibrary& library,
                                const policy::RuleSet& rules, const AnalysisOptions& options,
                                HistoryAnalysis* previous, size_t unchanged) {
    HistoryAnalysis a;
    a.options = options;
    const plan::CountingRules counting = options.plan ? options.plan->settings.counting : plan::CountingRules{};
    a.log = log_calibration(history);
    std::optional<load::RirCalibration> in_force = options.calibration;
    if (a.log.calibration.count > 0) in_force = a.log.calibration;
    if (in_force) a.calibration = *in_force;
    load::UncertaintyRequest request;
    request.experience = experience_of(options.status);
    request.calibration = in_force;
    a.uncertainty = *load::resolve_uncertainty(request);

    std::optional<policy::RirCalibration> policy_calibration;
    if (in_force) policy_calibration = policy::RirCalibration{in_force->bias, in_force->spread.value_or(0.0)};
    a.key = ReadingKey{options.formula, options.unit, a.calibration.bias, counting, options.status, options.safety,
                       policy_calibration, {}, &library.all(), &rules.rules()};
    if (options.plan)
        for (size_t w = 0; w < options.plan->weeks.size(); ++w)
            a.key.weeks.emplace_back(options.plan->weeks[w].phase, failure_block_week(*options.plan, w));
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
    read_history_from(history, unchanged, library, options, a.calibration.bias, counting, a.reading);
    a.trends = exercise_trends(history, a.reading, options, a.uncertainty, counting.max_hard_rir);
    for (const ExerciseTrend& t : a.trends) a.records.push_back(exercise_records(t, a.reading));

    a.weeks = weekly_tally(history, a.reading, options, counting, policy_calibration, rules, &judged, unchanged);
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
