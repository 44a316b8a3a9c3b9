#pragma once
// The history week by week (weeks start on Monday, calendar_day.hpp): hard sets per
// muscle counted exactly as the planner counts them (plan::credit_hard_set: 1 per primary
// muscle, 0.5 per secondary), failure sets in total, per primary muscle and per exercise,
// and the failure sets the failure policy would have advised against (failure_audit.hpp).
#include "core/analysis/failure_audit.hpp"
#include "core/analysis/set_reading.hpp"
#include "core/plan/muscle_tally.hpp"
#include "core/plan/weekly_sets.hpp"
#include "core/policy/rule_set.hpp"

#include <map>
#include <string>
#include <vector>

namespace proximity::analysis {

struct WeekTally {
    int start = 0;  // the Monday
    plan::MuscleTally hard_sets;
    plan::MuscleTally failure_sets;
    int hard_set_count = 0;  // whole sets, any exercise (custom ones included)
    int failure_set_count = 0;
    int advised_against = 0;
    std::map<std::string, int> failure_by_exercise;
};

struct AdvisedAgainst {
    int workout = 0, entry = 0, set = 0;  // indexes into the history
    int day = 0;
    FailureJudgement judgement;
};

struct WeeklyTally {
    std::vector<WeekTally> weeks;  // weeks with at least one workout, in order
    std::vector<AdvisedAgainst> advised_against;
};

// `calibration`: the one in force, passed to the policy (none: not known).
// Each failure set is judged by the week plan/weekly_sets.hpp defines: `planned[k]` (the
// planned week k, plan::planned_week) for a workout that carried out plan week k, else the
// recent typical week of the log (plan::typical_week), the set's calendar week in full.
// `judged`: a tally of a history whose first `unchanged` workouts are these, made with the
// same options, calibration, rules and plan: the failure sets of workouts in calendar weeks
// before the first changed workout's are not put to the policy again (a judgement depends
// only on its own week and the weeks before). The result is the same.
WeeklyTally weekly_tally(const history::History& history, const HistoryReading& reading,
                         const AnalysisOptions& options, const plan::CountingRules& counting,
                         const std::optional<policy::RirCalibration>& calibration, const policy::RuleSet& rules,
                         const WeeklyTally* judged = nullptr, size_t unchanged = 0,
                         const std::vector<plan::WeekVolume>* planned = nullptr);

// The lifter's recent typical week (plan::typical_week) as of the last week before the one
// of `day`: that week has barely started, so it is left out unless it is the first week of
// the log (then it is counted as it is). `tally` holds at least one week.
plan::WeekVolume typical_week_before(const WeeklyTally& tally, int day);

}  // namespace proximity::analysis
