#include "core/analysis/log_calibration.hpp"

#include "core/analysis/calendar_day.hpp"

namespace proximity::analysis {

LogCalibration log_calibration(const history::History& history) {
    LogCalibration out;
    for (const history::Workout& w : history.workouts)
        for (const history::LoggedExercise& x : w.exercises)
            for (const history::LoggedSet& s : x.sets) {
                if (!s.failure_reps || s.type == history::SetType::Warmup) continue;
                const auto called = history::effort_rir(s.effort);
                if (!called) continue;  // the reader refuses this; kept safe
                out.sets.push_back(load::FailureTestSet{s.reps, *called, *s.failure_reps});
                CalibrationPoint p;
                p.day = day_number(w.start);
                p.error = out.sets.back().error();
                p.after = load::calibrate_rir(out.sets);
                out.trend.push_back(p);
            }
    if (!out.sets.empty()) out.calibration = out.trend.back().after;
    return out;
}

}  // namespace proximity::analysis
