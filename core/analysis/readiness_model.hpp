#pragma once
// The one place the analysis calls the fitness-fatigue model (core/plan/fitness_fatigue.hpp).
// Each day carries the model's two inputs: the growth stimulus (plan::set_stimulus) feeds
// fitness and the fatigue cost (plan::set_fatigue_cost) feeds fatigue. The first week of
// the range is taken as the lifter's habit before it (plan::habitual_week), so readiness
// starts from a steady state rather than from zero, as the planner's simulation does.
//
// Rolling baseline: a lifter's "usual" moves with their training, so each morning is
// compared with the same weekday of the previous kBaselineWeeks weeks (the mean of their
// readiness; before the range, the habit's steady state), not with the first logged week:
// `baseline` is that mean and `percent` = 100 x (readiness - baseline) / their mean
// fitness. A year of growing training then reads near 0 when this week is like the last
// few, and below 0 when it tires more than they did. The span is the one the failure policy
// takes a recent typical week over (plan::kTypicalWeekSpan): one meaning of "recent".
#include "core/plan/fitness_fatigue.hpp"
#include "core/plan/weekly_sets.hpp"

#include <string>
#include <vector>

namespace proximity::analysis {

constexpr int kBaselineWeeks = plan::kTypicalWeekSpan;

struct TrainingDay {
    double stimulus = 0;  // growth stimulus, set-to-failure units
    double fatigue = 0;   // fatigue cost, standard-set units
};

// One state per morning: days.size() + 1 of them (fitness_fatigue.hpp's convention), each
// with the rolling baseline above.
std::vector<plan::DayState> run_readiness_model(const std::vector<TrainingDay>& days,
                                                const plan::FitnessFatigueParams& params);

// What readiness is compared with, in a lifter's words ("the same day of the week over your
// previous 4 weeks").
std::string readiness_baseline_words();

}  // namespace proximity::analysis
