#include "core/analysis/history_analysis.hpp"

#include "core/analysis/calendar_day.hpp"

#include <cmath>

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

// The latest full week (Monday to Sunday) that ended before `day`, if it was trained.
const WeekTally* week_before(const WeeklyTally& tally, int day) {
    const int monday = monday_of(day) - 7;
    for (auto it = tally.weeks.rbegin(); it != tally.weeks.rend(); ++it)
        if (it->start <= monday) return it->start == monday ? &*it : nullptr;
    return nullptr;
}

FatigueSign sign_of(const PerformanceDrop& drop, const WeeklyTally& tally) {
    FatigueSign sign;
    sign.drop = drop;
    const exercise::Exercise* e = drop.trend->info->library;
    if (!e) return sign;
    const WeekTally* week = week_before(tally, drop.trend->sessions[size_t(drop.last)].day);
    for (exercise::Muscle m : e->primary) {
        MuscleDeload d{m, week ? week->hard_sets[m] : 0.0, 0.0};
        d.deload_sets = std::ceil(d.hard_sets / 2.0);
        sign.deload.push_back(d);
    }
    return sign;
}

}  // namespace

HistoryAnalysis analyze_history(const history::History& history, const exercise::ExerciseLibrary& library,
                                const policy::RuleSet& rules, const AnalysisOptions& options) {
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

    a.reading = read_history_sets(history, library, options, a.calibration.bias, counting);
    a.trends = exercise_trends(history, a.reading, options, a.uncertainty.misjudgement, counting.max_hard_rir);
    for (const ExerciseTrend& t : a.trends) a.records.push_back(exercise_records(t, a.reading));

    std::optional<policy::RirCalibration> policy_calibration;
    if (in_force) policy_calibration = policy::RirCalibration{in_force->bias, in_force->spread.value_or(0.0)};
    a.weeks = weekly_tally(history, a.reading, options, counting, policy_calibration, rules);
    for (const ExerciseTrend& t : a.trends)
        if (auto drop = current_drop(t)) a.signs.push_back(sign_of(*drop, a.weeks));

    a.has_today = !options.today.empty() || !a.reading.workouts.empty();
    if (!options.today.empty()) a.today = day_number(options.today);
    else if (!a.reading.workouts.empty()) a.today = a.reading.workouts.back().day;
    if (a.has_today) a.readiness = readiness(a.reading, history, options, a.today, library);
    a.next = next_session(history, a.reading, a.trends, options, library);
    if (options.plan) a.adherence = plan_adherence(history, a.reading, *options.plan, library);
    return a;
}

}  // namespace proximity::analysis
