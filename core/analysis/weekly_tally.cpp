#include "core/analysis/weekly_tally.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/plan/hard_sets.hpp"

#include <algorithm>
#include <unordered_map>

namespace proximity::analysis {

namespace {

// The plan week a workout carried out, when the workout came from the given plan.
const plan::Week* plan_week(const history::Workout& w, const AnalysisOptions& options) {
    if (!w.plan || !options.plan || w.plan->week >= int(options.plan->weeks.size())) return nullptr;
    return &options.plan->weeks[size_t(w.plan->week)];
}

int failure_block_week(const plan::Plan& plan, int week) {
    int n = 0;
    for (int w = week; w >= 0 && plan.weeks[size_t(w)].phase == policy::Phase::FailureBlock; --w) ++n;
    return n;
}

double weekly_sets_for(const exercise::Exercise& e, const plan::MuscleTally& tally) {
    double most = 0;
    for (exercise::Muscle m : e.primary) most = std::max(most, tally[m]);
    return most;
}

struct Running {
    std::unordered_map<const ExerciseInfo*, double> best_e1rm;        // before the current workout
    std::unordered_map<const ExerciseInfo*, int> sessions_this_week;  // including the current one
};

// Credits the entry's hard sets to the week and judges its failure sets, in set order, so
// each failure set sees the week's hard sets up to and including itself.
void tally_entry(const history::Workout& w, const WorkoutReading& wr, size_t x, int workout_index,
                 const AnalysisOptions& options, const plan::CountingRules& counting,
                 const std::optional<policy::RirCalibration>& calibration, const policy::RuleSet& rules,
                 Running& running, WeekTally& week, WeeklyTally& out, bool judge) {
    const EntryReading& entry = wr.entries[x];
    const exercise::Exercise* e = entry.info->library;
    policy::SetContext ctx;
    ctx.exercise = e;
    ctx.status = options.status;
    ctx.safety = options.safety;
    ctx.calibration = calibration;
    ctx.exercise_position = int(x) + 1;
    if (const plan::Week* pw = plan_week(w, options)) {
        ctx.phase = pw->phase;
        ctx.failure_block_week = failure_block_week(*options.plan, w.plan->week);
    }
    ctx.weekly_frequency = running.sessions_this_week[entry.info];
    ctx.set_count = int(std::count_if(entry.sets.begin(), entry.sets.end(), [](const SetReading& r) { return r.working; }));
    auto best = running.best_e1rm.find(entry.info);
    int index = 0;
    for (size_t k = 0; k < entry.sets.size(); ++k) {
        const SetReading& r = entry.sets[k];
        if (!r.working) continue;
        ++index;
        if (r.hard && e) plan::credit_hard_set(*e, counting, week.hard_sets);
        if (!r.failure || !judge) continue;
        if (!e) continue;  // a custom exercise has no muscles or risk flags for the policy
        ctx.set_index = index;
        ctx.target_reps = r.reps;
        ctx.weekly_sets = weekly_sets_for(*e, week.hard_sets);
        ctx.percent_e1rm.reset();
        if (best != running.best_e1rm.end() && r.load > 0)
            ctx.percent_e1rm = std::min(100.0, std::max(1.0, 100.0 * r.load / best->second));
        const FailureJudgement j = judge_failure_set(ctx, rules);
        if (!j.advised_against) continue;
        ++week.advised_against;
        out.advised_against.push_back({workout_index, int(x), int(k), wr.day, j});
    }
}

}  // namespace

WeeklyTally weekly_tally(const history::History& history, const HistoryReading& reading,
                         const AnalysisOptions& options, const plan::CountingRules& counting,
                         const std::optional<policy::RirCalibration>& calibration, const policy::RuleSet& rules,
                         const WeeklyTally* judged, size_t unchanged) {
    WeeklyTally out;
    Running running;
    if (!judged) unchanged = 0;
    size_t taken = 0;  // judged->advised_against taken so far (they are in workout order)
    for (size_t w = 0; w < reading.workouts.size(); ++w) {
        const WorkoutReading& wr = reading.workouts[w];
        const int monday = monday_of(wr.day);
        if (out.weeks.empty() || out.weeks.back().start != monday) {
            out.weeks.emplace_back();
            out.weeks.back().start = monday;
            running.sessions_this_week.clear();
        }
        WeekTally& week = out.weeks.back();
        for (const EntryReading& entry : wr.entries) ++running.sessions_this_week[entry.info];
        const bool judge = w >= unchanged;
        for (; !judge && taken < judged->advised_against.size() && judged->advised_against[taken].workout == int(w); ++taken) {
            out.advised_against.push_back(judged->advised_against[taken]);
            ++week.advised_against;
        }
        for (size_t x = 0; x < wr.entries.size(); ++x) {
            const EntryReading& entry = wr.entries[x];
            for (const SetReading& r : entry.sets) {
                if (!r.working) continue;
                if (r.hard) ++week.hard_set_count;
                if (!r.failure) continue;
                ++week.failure_set_count;
                ++week.failure_by_exercise[entry.info->id];
                if (entry.info->library)
                    for (exercise::Muscle m : entry.info->library->primary) week.failure_sets[m] += 1;
            }
            tally_entry(history.workouts[w], wr, x, int(w), options, counting, calibration, rules, running, week, out, judge);
        }
        for (const EntryReading& entry : wr.entries)
            for (const SetReading& r : entry.sets)
                if (r.e1rm) {
                    double& best = running.best_e1rm[entry.info];
                    best = std::max(best, *r.e1rm);
                }
    }
    return out;
}

}  // namespace proximity::analysis
