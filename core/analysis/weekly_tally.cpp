#include "core/analysis/weekly_tally.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/plan/hard_sets.hpp"

#include <algorithm>
#include <climits>
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

struct Running {
    std::unordered_map<const ExerciseInfo*, double> best_e1rm;  // before the current workout
};

// Judges the entry's failure sets against `volume`, the week the failure policy judges by
// (plan::WeekVolume: the planned week, or the recent typical week of the log).
void judge_entry(const history::Workout& w, const WorkoutReading& wr, size_t x, int workout_index,
                 const AnalysisOptions& options, const std::optional<policy::RirCalibration>& calibration,
                 const policy::RuleSet& rules, const plan::WeekVolume& volume, const Running& running,
                 WeekTally& week, WeeklyTally& out) {
    const EntryReading& entry = wr.entries[x];
    const exercise::Exercise* e = entry.info->library;
    if (!e) return;  // a custom exercise has no muscles or risk flags for the policy
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
    ctx.weekly_sets = volume.sets_for(*e);
    ctx.weekly_frequency = volume.frequency_of(e->id);
    ctx.set_count = int(std::count_if(entry.sets.begin(), entry.sets.end(), [](const SetReading& r) { return r.working; }));
    auto best = running.best_e1rm.find(entry.info);
    int index = 0;
    for (size_t k = 0; k < entry.sets.size(); ++k) {
        const SetReading& r = entry.sets[k];
        if (!r.working) continue;
        ++index;
        if (!r.failure) continue;
        ctx.set_index = index;
        ctx.target_reps = r.reps;
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
                         const WeeklyTally* judged, size_t unchanged, const std::vector<plan::WeekVolume>* planned) {
    WeeklyTally out;
    // Pass 1: each calendar week counted in full, and the logged volume the policy reads.
    std::vector<plan::WeekVolume> logged;
    std::vector<size_t> week_of(reading.workouts.size());
    for (size_t w = 0; w < reading.workouts.size(); ++w) {
        const WorkoutReading& wr = reading.workouts[w];
        const int monday = monday_of(wr.day);
        if (out.weeks.empty() || out.weeks.back().start != monday) {
            out.weeks.emplace_back();
            out.weeks.back().start = monday;
            logged.emplace_back();
            logged.back().start = monday;
        }
        week_of[w] = out.weeks.size() - 1;
        WeekTally& week = out.weeks.back();
        std::vector<const ExerciseInfo*> seen;
        for (const EntryReading& entry : wr.entries) {
            if (std::find(seen.begin(), seen.end(), entry.info) == seen.end()) {
                seen.push_back(entry.info);
                logged.back().sessions[entry.info->id] += 1;
            }
            for (const SetReading& r : entry.sets) {
                if (!r.working) continue;
                if (r.hard) {
                    ++week.hard_set_count;
                    if (entry.info->library) plan::credit_hard_set(*entry.info->library, counting, week.hard_sets);
                }
                if (!r.failure) continue;
                ++week.failure_set_count;
                ++week.failure_by_exercise[entry.info->id];
                if (entry.info->library)
                    for (exercise::Muscle m : entry.info->library->primary) week.failure_sets[m] += 1;
            }
        }
        logged.back().hard_sets = week.hard_sets;
    }
    // Pass 2: the failure sets put to the policy. A judgement depends on its own calendar
    // week (in full) and the weeks before it, so those of workouts in weeks before the
    // first changed workout's week are taken from `judged`.
    if (!judged) unchanged = 0;
    const int reuse_before = unchanged < reading.workouts.size() ? monday_of(reading.workouts[unchanged].day) : INT_MAX;
    Running running;
    size_t taken = 0;  // judged->advised_against taken so far (they are in workout order)
    std::vector<std::optional<plan::WeekVolume>> typical(logged.size());
    for (size_t w = 0; w < reading.workouts.size(); ++w) {
        const WorkoutReading& wr = reading.workouts[w];
        WeekTally& week = out.weeks[week_of[w]];
        const bool judge = w >= unchanged || week.start >= reuse_before;
        for (; !judge && taken < judged->advised_against.size() && judged->advised_against[taken].workout == int(w); ++taken) {
            out.advised_against.push_back(judged->advised_against[taken]);
            ++week.advised_against;
        }
        if (judge) {
            const history::Workout& workout = history.workouts[w];
            const plan::WeekVolume* volume = nullptr;
            if (planned && plan_week(workout, options) && size_t(workout.plan->week) < planned->size())
                volume = &(*planned)[size_t(workout.plan->week)];
            if (!volume) {
                std::optional<plan::WeekVolume>& t = typical[week_of[w]];
                if (!t) t = plan::typical_week(logged, week_of[w]);
                volume = &*t;
            }
            for (size_t x = 0; x < wr.entries.size(); ++x)
                judge_entry(workout, wr, x, int(w), options, calibration, rules, *volume, running, week, out);
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

plan::WeekVolume typical_week_before(const WeeklyTally& tally, int day) {
    std::vector<plan::WeekVolume> weeks(tally.weeks.size());
    for (size_t i = 0; i < weeks.size(); ++i) weeks[i].start = tally.weeks[i].start, weeks[i].hard_sets = tally.weeks[i].hard_sets;
    const int monday = monday_of(day);
    size_t at = 0;
    while (at + 1 < weeks.size() && weeks[at + 1].start < monday) ++at;
    return plan::typical_week(weeks, at);
}

}  // namespace proximity::analysis
