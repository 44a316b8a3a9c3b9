#include "core/plan/fitness_fatigue.hpp"

#include <cmath>

namespace proximity::plan {

std::vector<DayState> simulate_fitness_fatigue(const std::vector<double>& daily_load,
                                               const FitnessFatigueParams& p) {
    const double decay1 = std::exp(-1.0 / p.tau1);
    const double decay2 = std::exp(-1.0 / p.tau2);
    std::vector<DayState> states(daily_load.size() + 1);
    // sum1/sum2 are the decayed load sums over days before t (without the gains k).
    double sum1 = 0, sum2 = 0;
    for (size_t t = 0; t < states.size(); ++t) {
        if (t > 0) {
            sum1 = (sum1 + daily_load[t - 1]) * decay1;
            sum2 = (sum2 + daily_load[t - 1]) * decay2;
        }
        DayState& s = states[t];
        s.load = t < daily_load.size() ? daily_load[t] : 0.0;
        s.fitness = p.k1 * sum1;
        s.fatigue = p.k2 * sum2;
        s.readiness = s.fitness - s.fatigue;
    }
    return states;
}

}  // namespace proximity::plan
