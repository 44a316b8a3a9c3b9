#pragma once
// The one place the analysis calls the fitness-fatigue model (core/plan/fitness_fatigue.hpp).
// Each day carries the model's two inputs: the growth stimulus (plan::set_stimulus) feeds
// fitness and the fatigue cost (plan::set_fatigue_cost) feeds fatigue. The first week of
// the range is taken as the lifter's habit (plan::habitual_week), so readiness starts from
// a steady state rather than from zero, as the planner's simulation does.
#include "core/plan/fitness_fatigue.hpp"

#include <vector>

namespace proximity::analysis {

struct TrainingDay {
    double stimulus = 0;  // growth stimulus, set-to-failure units
    double fatigue = 0;   // fatigue cost, standard-set units
};

// One state per morning: days.size() + 1 of them (fitness_fatigue.hpp's convention).
std::vector<plan::DayState> run_readiness_model(const std::vector<TrainingDay>& days,
                                                const plan::FitnessFatigueParams& params);

}  // namespace proximity::analysis
