#include "core/analysis/set_reading.hpp"

#include "core/plan/stimulus.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/exercise/effective_load.hpp"
#include "core/load/one_rep_max.hpp"
#include "core/plan/fatigue_cost.hpp"
#include "core/plan/hard_sets.hpp"
#include "core/plan/plan.hpp"

#include <algorithm>
#include <unordered_map>

namespace proximity::analysis {

namespace {

std::optional<policy::Technique> technique_of(const history::LoggedSet& s) {
    if (s.failure_reps) return policy::Technique::CalibrationTest;
    switch (s.type) {
        case history::SetType::Drop: return policy::Technique::DropSet;
        case history::SetType::RestPause: return policy::Technique::RestPause;
        case history::SetType::Myo: return policy::Technique::MyoReps;
        case history::SetType::Forced: return policy::Technique::ForcedReps;
        default: return std::nullopt;
    }
}

}  // namespace

SetReading read_logged_set(const history::LoggedSet& s, const ExerciseInfo& info, const AnalysisOptions& options,
                           const CallBiases& biases, const plan::CountingRules& rules, std::optional<double> body_weight) {
    SetReading r;
    r.working = s.type != history::SetType::Warmup && s.reps >= 1;
    if (!r.working) return r;
    r.load = exercise::effective_load(info.load_kind, units::convert(s.load, s.unit, options.unit), body_weight)
                 .value_or(0.0);
    const std::optional<double> called = history::effort_rir(s.effort);
    if (s.failure_reps) {  // a calibration test: exact reps to failure
        r.reps = *s.failure_reps;
        r.failure = true;
        r.called_rir = *called;
    } else {
        r.reps = s.reps;
        r.lower_bound = !s.failure && !called;
        r.called_rir = s.failure || !called ? 0.0 : *called;
        const double bias = biases[static_cast<size_t>(call_class_of(info))];
        r.rir = s.failure || !called ? 0.0 : load::corrected_effort({double(s.reps), *called}, bias).rir;
        r.failure = s.failure || (called && r.rir == 0);
    }
    plan::PlannedSet planned;
    planned.reps = s.reps;
    planned.rir = r.rir;
    planned.failure = r.failure;
    planned.technique = technique_of(s);
    r.hard = plan::is_hard_set(planned, rules);
    r.cost = plan::set_fatigue_cost(planned, info.load_class);
    r.stimulus = plan::set_stimulus(planned, rules);
    if (r.load > 0) r.e1rm = load::one_rep_max(r.load, r.reps_to_failure(), options.formula);
    return r;
}

std::optional<double> body_weight_of(const AnalysisOptions& options, const std::string& start) {
    if (!options.profile) return std::nullopt;
    const std::optional<double> kg_or_lb = profile::body_weight_on(*options.profile, start);
    if (!kg_or_lb) return std::nullopt;
    return units::convert(*kg_or_lb, options.profile->unit, options.unit);
}

HistoryReading read_history_sets(const history::History& h, const exercise::ExerciseLibrary& library,
                                 const AnalysisOptions& options, const CallBiases& biases, const plan::CountingRules& rules) {
    HistoryReading out;
    read_history_from(h, 0, library, options, biases, rules, out);
    return out;
}

void read_history_from(const history::History& h, size_t from, const exercise::ExerciseLibrary& library,
                       const AnalysisOptions& options, const CallBiases& biases, const plan::CountingRules& rules,
                       HistoryReading& out) {
    from = std::min({from, out.workouts.size(), h.workouts.size()});
    out.workouts.resize(from);
    // The exercises of the kept workouts come first (first-logged order); the rest go.
    std::unordered_map<std::string, size_t> index;
    for (const WorkoutReading& wr : out.workouts)
        for (const EntryReading& e : wr.entries) index.emplace(e.info->id, index.size());
    out.exercises.resize(index.size());
    for (size_t w = from; w < h.workouts.size(); ++w)
        for (const history::LoggedExercise& x : h.workouts[w].exercises)
            if (index.emplace(x.exercise, out.exercises.size()).second)
                out.exercises.push_back(exercise_info(x.exercise, library, h.custom_exercises));
    out.workouts.reserve(h.workouts.size());
    for (size_t i = from; i < h.workouts.size(); ++i) {
        const history::Workout& w = h.workouts[i];
        WorkoutReading wr;
        wr.day = day_number(w.start);
        wr.entries.reserve(w.exercises.size());
        const std::optional<double> body_weight = body_weight_of(options, w.start);
        for (const history::LoggedExercise& x : w.exercises) {
            EntryReading er;
            er.info = &out.exercises[index.at(x.exercise)];
            er.sets.reserve(x.sets.size());
            for (const history::LoggedSet& s : x.sets) er.sets.push_back(read_logged_set(s, *er.info, options, biases, rules, body_weight));
            wr.entries.push_back(std::move(er));
        }
        out.workouts.push_back(std::move(wr));
    }
}

}  // namespace proximity::analysis
