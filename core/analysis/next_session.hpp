#pragma once
// The next planned session's loads. For each exercise of that session, its first working
// set's target (reps @ RIR, failure = RIR 0) is loaded from the exercise's e1RM trend
// (trend_e1rm: not from one set) with the analysis formula, rounded to the lifter's
// equipment (load::LoadRounder, nearest). A load fixed in the plan is kept as planned.
// Double progression: when the last session beat the target (every working set at its
// top load reached at least the target reps + RIR in reps to failure, one of them more),
// the load is at least one loadable step above that top load; when it missed the target,
// the trend's (lower) load stands.
// A bodyweight or assisted exercise is loaded the same way on the effective load (body
// weight plus added load, or minus assistance: core/exercise/effective_load.hpp) with the
// latest body weight, rounded and stepped on what the lifter adds or sets as assistance;
// `load_text` says it in those terms.
#include "core/analysis/exercise_trend.hpp"
#include "core/plan/plan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::analysis {

enum class NextBasis { Trend, StepUp, Missed, Planned, NoHistory };
const char* next_basis_id(NextBasis b);  // "trend", "stepUp", "missed", "planned", "noHistory"

struct NextExercise {
    std::string exercise;
    int reps = 0;
    double rir = 0;
    std::optional<double> e1rm;    // the trend it is loaded from
    std::optional<double> target;  // unrounded load
    std::optional<double> load;    // rounded to the equipment (effective for a bodyweight kind)
    std::string load_text;         // the load as the lifter loads it: "100 kg", "body weight + 10 kg"
    std::optional<double> last_load;  // the top load of the last session
    NextBasis basis = NextBasis::NoHistory;
    std::string reason;            // in words
};

struct NextSession {
    int week = 0, session = 0;
    std::vector<NextExercise> exercises;
};

// The loads of the session at (week, session) of `plan` (0-based, in the plan), the same
// way: for the session view of any planned session.
NextSession session_loads(const plan::Plan& plan, int week, int session, const history::History& history,
                          const HistoryReading& reading, const std::vector<ExerciseTrend>& trends,
                          const AnalysisOptions& options, const exercise::ExerciseLibrary& library);

std::optional<NextSession> next_session(const history::History& history, const HistoryReading& reading,
                                        const std::vector<ExerciseTrend>& trends, const AnalysisOptions& options,
                                        const exercise::ExerciseLibrary& library);

}  // namespace proximity::analysis
