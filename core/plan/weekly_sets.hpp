#pragma once
// What "weekly hard sets" and "frequency" mean to the failure policy, in one place. The
// advisor, the planner (set_verdicts.hpp), Today (core/session) and the history's failure
// audit (core/analysis/weekly_tally.hpp) all judge a set by the same week:
//   - where a plan exists, the PLANNED week the set belongs to, counted in full: seed 000's
//     "20+ sets per week per muscle" is a property of the programme, so Monday's sets of a
//     22-set week are judged as part of a 22-set week, not of the 4 sets done so far;
//   - else the lifter's RECENT TYPICAL WEEK from the log (typical_week below): the mean of
//     the logged calendar weeks within the last four, the set's own week counted in full.
// Weekly sets: the most hard sets any primary muscle of the exercise gets in that week
// (1 per primary muscle, 0.5 per secondary: counting_rules.hpp). Frequency: how many of
// that week's sessions contain the exercise.
#include "core/exercise/exercise.hpp"
#include "core/plan/counting_rules.hpp"
#include "core/plan/muscle_tally.hpp"

#include <map>
#include <string>
#include <vector>

namespace proximity::plan {

struct WeekEvaluation;

// Is a working set that ended `rir` reps short of failure (0 for a set to failure) a hard
// set? The one test every weekly count goes through; a caller holding a corrected effort
// (the lifter's calibrated RIR) passes that effort here.
bool counts_as_hard(double rir, const CountingRules& rules);

// The week a set is judged by: hard sets per muscle and sessions per exercise id.
struct WeekVolume {
    int start = 0;  // the Monday (day number) for a logged week; 0 for a planned one
    MuscleTally hard_sets;
    std::map<std::string, double> sessions;

    // The most hard sets of the exercise's primary muscles.
    double sets_for(const exercise::Exercise& e) const;
    // Sessions of the week with the exercise (rounded for a typical week; at least 1).
    int frequency_of(const std::string& exercise_id) const;
};

// The planned week, counted in full (the planner's own tally).
WeekVolume planned_week(const WeekEvaluation& week);

// The recent typical week at `weeks[at]`: the mean of weeks[at] and the weeks before it that
// start within the previous `span_weeks` - 1 weeks (weeks without workouts are not in the
// list, so they do not pull the mean down). `weeks` are logged weeks in order.
constexpr int kTypicalWeekSpan = 4;
WeekVolume typical_week(const std::vector<WeekVolume>& weeks, size_t at, int span_weeks = kTypicalWeekSpan);

}  // namespace proximity::plan
