#pragma once
// Fitness-fatigue (impulse-response) model of Banister, in the form of Morton,
// Fitz-Clarke & Banister 1990 (J Appl Physiol 69(3)):
//
//   fitness(t)   = k1 * sum over days s < t of stimulus(s) * e^(-(t - s) / tau1)
//   fatigue(t)   = k2 * sum over days s < t of cost(s)     * e^(-(t - s) / tau2)
//   readiness(t) = fitness(t) - fatigue(t)            (performance above baseline p0)
//
// Two inputs: fitness is fed with the day's growth stimulus (hard sets with a gentle
// proximity curve, stimulus.hpp) and fatigue with its fatigue cost (fatigue_cost.hpp).
// Feeding both with the cost made a failure set add 2-3x the fitness of a set at RIR 2-3,
// so the model rewarded failure, the opposite of the evidence.
//
// Steady state: a lifter who starts a block has trained before. The model is seeded with
// a habitual week (the block's first week) repeated forever before day 0, so the sums
// start at that week's steady state, and `baseline` is the readiness the same weekday of
// that habitual week has. `percent` = 100 x (readiness - baseline) / the habitual week's
// mean fitness: 0 = as fresh as in a usual week, -10 = 10 % of the trained capacity below
// it. Without a habitual load both start at 0 and percent is 0.
// Timing convention: state t is the morning of day t, BEFORE that day's session; day t's
// own load first counts on day t + 1. So a plan of D days yields D + 1 states, from
// day 0 to day D (the morning after the block); day d's weekday is d mod 7.
// Defaults: tau1 42 d, tau2 7 d (the common defaults), k1 1, k2 2 per unit of input; the
// inputs differ (cost for fatigue, stimulus for fitness), so per set fatigue weighs 2.0x
// (isolation, RIR 3) to 9x (heavy compound to failure) fitness: docs/planner.md. Modelling
// choices, all four editable.
#include <array>
#include <vector>

namespace proximity::plan {

struct FitnessFatigueParams {
    double tau1 = 42.0;  // fitness decay time constant, days
    double tau2 = 7.0;   // fatigue decay time constant, days
    double k1 = 1.0;     // fitness gain per unit of stimulus
    double k2 = 2.0;     // fatigue gain per unit of fatigue cost
};

struct DayState {
    double load = 0;       // this day's fatigue cost (counted from the next day on)
    double stimulus = 0;   // this day's growth stimulus (likewise)
    double fitness = 0;
    double fatigue = 0;
    double readiness = 0;  // fitness - fatigue
    double baseline = 0;   // readiness on this weekday of the habitual week
    double baseline_fitness = 0;  // fitness on this weekday of the habitual week
    double percent = 0;    // (readiness - baseline) as % of the habitual mean fitness
};

// One week of daily inputs, Monday first: the habit the block starts from.
struct HabitualWeek {
    std::array<double, 7> stimulus{};
    std::array<double, 7> cost{};
};

// stimulus[d] and cost[d] are day d's inputs (same length); the answer has size + 1
// states. O(days): each sum is carried forward with one multiplication per day.
std::vector<DayState> simulate_fitness_fatigue(const std::vector<double>& stimulus,
                                               const std::vector<double>& cost,
                                               const HabitualWeek& habit,
                                               const FitnessFatigueParams& params);

// The single-input form from zero (no habit): stimulus = cost = daily_load.
std::vector<DayState> simulate_fitness_fatigue(const std::vector<double>& daily_load,
                                               const FitnessFatigueParams& params);

}  // namespace proximity::plan
