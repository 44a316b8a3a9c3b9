#include "core/analysis/next_session.hpp"

#include "core/analysis/exercise_info.hpp"
#include "core/analysis/plan_position.hpp"
#include "core/analysis/profile_options.hpp"
#include "core/analysis/set_reading.hpp"
#include "core/common/number_text.hpp"
#include "core/exercise/effective_load.hpp"
#include "core/load/load_rounding.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::analysis {

const char* next_basis_id(NextBasis b) {
    switch (b) {
        case NextBasis::Trend: return "trend";
        case NextBasis::StepUp: return "stepUp";
        case NextBasis::Missed: return "missed";
        case NextBasis::Planned: return "planned";
        case NextBasis::NoHistory: return "noHistory";
    }
    return "trend";
}

namespace {

constexpr double kSame = 1e-6;

struct LastTime {
    double top_load = 0;
    double least_rtf = 0;  // reps to failure, over the sets at the top load
    double most_rtf = 0;
    int reps = 0;          // reps and RIR of the best of them, for the reason
    double rir = 0;
};

std::optional<LastTime> last_time(const ExerciseTrend& trend, const HistoryReading& reading) {
    for (auto it = trend.sessions.rbegin(); it != trend.sessions.rend(); ++it) {
        const auto& sets = reading.workouts[size_t(it->workout)].entries[size_t(it->entry)].sets;
        LastTime t;
        bool any = false;
        for (const SetReading& r : sets)
            if (r.working && r.load > t.top_load + kSame) t.top_load = r.load, any = true;
        if (!any) continue;
        t.least_rtf = 1e9;
        for (const SetReading& r : sets) {
            if (!r.working || std::fabs(r.load - t.top_load) > kSame) continue;
            t.least_rtf = std::min(t.least_rtf, r.reps_to_failure());
            if (r.reps_to_failure() > t.most_rtf) t.most_rtf = r.reps_to_failure(), t.reps = r.reps, t.rir = r.rir;
        }
        return t;
    }
    return std::nullopt;
}

// What the lifter can load, in effective terms: the equipment's loads, or for a bodyweight
// kind the body weight with the loadable added weights (minus the loadable assistances).
struct Loadable {
    load::LoadRounder rounder;
    exercise::LoadKind kind;
    std::optional<double> body_weight;  // the latest, analysis unit

    // The loadable effective load nearest `effective` (Down: at most it; a bodyweight kind
    // always the nearest, which is as monotonic for the step search); a target out of reach
    // of a bodyweight kind is the body weight itself (no added load, no assistance).
    std::optional<double> round(double effective, load::RoundingMode mode) const {
        if (kind == exercise::LoadKind::External) return rounder.round(effective, mode).load;
        if (!body_weight) return std::nullopt;
        const std::optional<double> logged = exercise::logged_load(kind, effective, body_weight);
        if (!logged) return body_weight;
        return exercise::effective_load(kind, rounder.round_added(*logged, load::RoundingMode::Nearest).load, body_weight);
    }
    std::string words(double effective, units::Unit unit) const {
        return exercise::logged_load_words(kind, exercise::logged_load(kind, effective, body_weight).value_or(0), unit);
    }
};

// The lightest loadable weight above `load` (searched in 0.25 steps up to 50% more).
std::optional<double> step_above(const Loadable& loadable, double load) {
    for (int k = 1; k <= 400; ++k) {
        const std::optional<double> candidate = loadable.round(load + 0.25 * k, load::RoundingMode::Down);
        if (candidate && *candidate > load + kSame) return candidate;
        if (0.25 * k > 0.5 * load + 5) break;
    }
    return std::nullopt;
}

std::string unit_text(double v, units::Unit u) { return number_text(v) + " " + units::unit_name(u); }

std::string target_text(int reps, double rir) { return std::to_string(reps) + " reps at RIR " + number_text(rir); }

NextExercise plan_exercise(const plan::PlannedExercise& px, const ExerciseTrend* trend, const HistoryReading& reading,
                           const AnalysisOptions& options, const ExerciseInfo& info, const std::string& plan_unit) {
    NextExercise n;
    n.exercise = px.exercise;
    auto first = std::find_if(px.sets.begin(), px.sets.end(), [](const plan::PlannedSet& s) { return !s.warmup; });
    if (first == px.sets.end()) {
        n.reason = "No working sets are planned.";
        return n;
    }
    n.reps = first->reps;
    n.rir = first->effective_rir();
    const load::LoadRounder rounder(equipment_of(options, info), options.unit);
    const Loadable loadable{rounder, info.load_kind, body_weight_of(options, "9999-12-31")};
    if (first->load) {  // as the lifter loads it (added load, assistance)
        n.basis = NextBasis::Planned;
        const double fixed = units::convert(*first->load, *units::unit_from_name(plan_unit), options.unit);
        const double logged = info.load_kind == exercise::LoadKind::External
                                  ? rounder.round(fixed, load::RoundingMode::Nearest).load
                                  : rounder.round_added(fixed, load::RoundingMode::Nearest).load;
        n.target = exercise::effective_load(info.load_kind, logged, loadable.body_weight);
        n.load = n.target;
        n.load_text = exercise::logged_load_words(info.load_kind, logged, options.unit);
        n.reason = "The plan fixes this load.";
        return n;
    }
    if (trend) n.e1rm = trend_e1rm(*trend);
    const auto fraction = load::fraction_of_one_rep_max(options.formula, n.reps + n.rir);
    if (!n.e1rm || !fraction) {
        n.reason = n.e1rm                                      ? "The formula gives no load this far from failure."
                   : info.load_kind != exercise::LoadKind::External && !loadable.body_weight
                       ? "Add your body weight to your profile: this lift's load is worked out from it."
                       : "No e1RM logged for it yet.";
        return n;
    }
    n.basis = NextBasis::Trend;
    n.target = *n.e1rm * *fraction;
    n.load = loadable.round(*n.target, load::RoundingMode::Nearest);
    if (!n.load) return n;
    n.load_text = loadable.words(*n.load, options.unit);
    n.reason = "From your e1RM trend of " + unit_text(*n.e1rm, options.unit) + " for " + target_text(n.reps, n.rir) + ".";
    const auto last = last_time(*trend, reading);
    if (!last) return n;
    n.last_load = last->top_load;
    const double goal = n.reps + n.rir;
    if (last->least_rtf >= goal - kSame && last->most_rtf > goal + kSame) {
        const auto up = step_above(loadable, last->top_load);
        if (up && *up > *n.load + kSame) n.load = up, n.load_text = loadable.words(*n.load, options.unit);
        if (*n.load > last->top_load + kSame) {
            n.basis = NextBasis::StepUp;
            n.reason = "Last time " + target_text(last->reps, last->rir) + " at " +
                       loadable.words(last->top_load, options.unit) + " beat the target of " +
                       target_text(n.reps, n.rir) + ": up to " + n.load_text + ".";
        }
    } else if (last->most_rtf < goal - kSame) {
        n.basis = NextBasis::Missed;
        n.reason = "Last time " + target_text(last->reps, last->rir) + " at " + loadable.words(last->top_load, options.unit) +
                   " fell short of " + target_text(n.reps, n.rir) + ": the load follows your e1RM trend (" +
                   unit_text(*n.e1rm, options.unit) + ").";
    }
    return n;
}

}  // namespace

NextSession session_loads(const plan::Plan& plan, int week, int session, const history::History& history,
                          const HistoryReading& reading, const std::vector<ExerciseTrend>& trends,
                          const AnalysisOptions& options, const exercise::ExerciseLibrary& library) {
    NextSession out;
    out.week = week;
    out.session = session;
    const plan::Session& planned = plan.weeks[size_t(week)].sessions[size_t(session)];
    for (const plan::PlannedExercise& px : planned.exercises) {
        const ExerciseTrend* trend = nullptr;
        for (const ExerciseTrend& t : trends)
            if (t.info->id == px.exercise) trend = &t;
        const ExerciseInfo info = trend ? *trend->info : exercise_info(px.exercise, library, history.custom_exercises);
        out.exercises.push_back(plan_exercise(px, trend, reading, options, info, plan.settings.unit));
    }
    return out;
}

std::optional<NextSession> next_session(const history::History& history, const HistoryReading& reading,
                                        const std::vector<ExerciseTrend>& trends, const AnalysisOptions& options,
                                        const exercise::ExerciseLibrary& library) {
    if (!options.plan) return std::nullopt;
    const auto at = next_plan_session(history, *options.plan);
    if (!at) return std::nullopt;
    return session_loads(*options.plan, at->week, at->session, history, reading, trends, options, library);
}

}  // namespace proximity::analysis
