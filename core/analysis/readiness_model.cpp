#include "core/analysis/readiness_model.hpp"

namespace proximity::analysis {

std::vector<plan::DayState> run_readiness_model(const std::vector<TrainingDay>& days,
                                                const plan::FitnessFatigueParams& params) {
    std::vector<double> load;
    load.reserve(days.size());
    for (const TrainingDay& d : days) load.push_back(d.fatigue);
    return plan::simulate_fitness_fatigue(load, params);
}

}  // namespace proximity::analysis
