#include "core/plan/fitness_fatigue.hpp"

#include <cmath>

namespace proximity::plan {

namespace {

// Decayed sum, on weekday `day`'s morning, of the habitual week repeated forever before
// it: sum over k of w[k] d^((day - k) mod 7, or 7 for k >= day) / (1 - d^7).
double steady_sum(const std::array<double, 7>& w, double d, int day) {
    double sum = 0;
    for (int k = 0; k < 7; ++k) {
        const int lag = k < day ? day - k : day - k + 7;
        sum += w[k] * std::pow(d, lag);
    }
    return sum / (1.0 - std::pow(d, 7));
}

}  // namespace

std::vector<DayState> simulate_fitness_fatigue(const std::vector<double>& stimulus,
                                               const std::vector<double>& cost,
                                               const HabitualWeek& habit,
                                               const FitnessFatigueParams& p) {
    const double decay1 = std::exp(-1.0 / p.tau1);
    const double decay2 = std::exp(-1.0 / p.tau2);
    std::array<double, 7> baseline{}, baseline_fitness{};
    double mean_fitness = 0;
    for (int day = 0; day < 7; ++day) {
        baseline_fitness[day] = p.k1 * steady_sum(habit.stimulus, decay1, day);
        baseline[day] = baseline_fitness[day] - p.k2 * steady_sum(habit.cost, decay2, day);
        mean_fitness += baseline_fitness[day] / 7.0;
    }
    std::vector<DayState> states(cost.size() + 1);
    // sum1/sum2 are the decayed input sums over days before t (without the gains k).
    double sum1 = steady_sum(habit.stimulus, decay1, 0), sum2 = steady_sum(habit.cost, decay2, 0);
    for (size_t t = 0; t < states.size(); ++t) {
        if (t > 0) {
            sum1 = (sum1 + stimulus[t - 1]) * decay1;
            sum2 = (sum2 + cost[t - 1]) * decay2;
        }
        DayState& s = states[t];
        s.load = t < cost.size() ? cost[t] : 0.0;
        s.stimulus = t < stimulus.size() ? stimulus[t] : 0.0;
        s.fitness = p.k1 * sum1;
        s.fatigue = p.k2 * sum2;
        s.readiness = s.fitness - s.fatigue;
        s.baseline = baseline[t % 7];
        s.baseline_fitness = baseline_fitness[t % 7];
        s.percent = mean_fitness > 0 ? 100.0 * (s.readiness - s.baseline) / mean_fitness + 0.0 : 0.0;
    }
    return states;
}

std::vector<DayState> simulate_fitness_fatigue(const std::vector<double>& daily_load,
                                               const FitnessFatigueParams& p) {
    return simulate_fitness_fatigue(daily_load, daily_load, HabitualWeek{}, p);
}

}  // namespace proximity::plan
