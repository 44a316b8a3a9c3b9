#include "core/analysis/readiness_model.hpp"

#include "core/plan/plan_simulation.hpp"

namespace proximity::analysis {

std::vector<plan::DayState> run_readiness_model(const std::vector<TrainingDay>& days,
                                                const plan::FitnessFatigueParams& params) {
    std::vector<double> stimulus, cost;
    stimulus.reserve(days.size());
    cost.reserve(days.size());
    for (const TrainingDay& d : days) {
        stimulus.push_back(d.stimulus);
        cost.push_back(d.fatigue);
    }
    return plan::simulate_fitness_fatigue(stimulus, cost, plan::habitual_week(stimulus, cost), params);
}

}  // namespace proximity::analysis
