#pragma once
// The history week by week (weeks start on Monday, calendar_day.hpp): hard sets per
// muscle counted exactly as the planner counts them (plan::credit_hard_set: 1 per primary
// muscle, 0.5 per secondary), failure sets in total, per primary muscle and per exercise,
// and the failure sets the failure policy would have advised against (failure_audit.hpp).
#include "core/analysis/failure_audit.hpp"
#include "core/analysis/set_reading.hpp"
#include "core/plan/muscle_tally.hpp"
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
// `judged`: a tally of a history whose first `unchanged` workouts are these, made with the
// same options, calibration and rules: their failure sets are not put to the policy
// again (their judgements are taken from it; a judgement depends only on the workouts up
// to its own). The result is the same.
WeeklyTally weekly_tally(const history::History& history, const HistoryReading& reading,
                         const AnalysisOptions& options, const plan::CountingRules& counting,
                         const std::optional<policy::RirCalibration>& calibration, const policy::RuleSet& rules,
                         const WeeklyTally* judged = nullptr, size_t unchanged = 0);

}  // namespace proximity::analysis
