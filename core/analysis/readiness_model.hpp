#pragma once
// The one place the analysis calls the fitness-fatigue model (core/plan/fitness_fatigue.hpp).
// Each day carries what the model may feed on: the stimulus (hard sets) and the fatigue
// cost (plan::set_fatigue_cost) of its training. Today the model takes one load per day,
// the fatigue cost, for both fitness and fatigue; when it takes the two separately this
// function is the only code to change.
#include "core/plan/fitness_fatigue.hpp"

#include <vector>

namespace proximity::analysis {

struct TrainingDay {
    double stimulus = 0;  // hard sets
    double fatigue = 0;   // fatigue cost, standard-set units
};

// One state per morning: days.size() + 1 of them (fitness_fatigue.hpp's convention).
std::vector<plan::DayState> run_readiness_model(const std::vector<TrainingDay>& days,
                                                const plan::FitnessFatigueParams& params);

}  // namespace proximity::analysis
