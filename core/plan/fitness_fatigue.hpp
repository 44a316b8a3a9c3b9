#pragma once
// Fitness-fatigue (impulse-response) model of Banister, in the form of Morton,
// Fitz-Clarke & Banister 1990 (J Appl Physiol 69(3)):
//
//   fitness(t)   = k1 * sum over days s < t of w(s) * e^(-(t - s) / tau1)
//   fatigue(t)   = k2 * sum over days s < t of w(s) * e^(-(t - s) / tau2)
//   readiness(t) = fitness(t) - fatigue(t)            (performance above baseline p0)
//
// w(s) is day s's training load: the summed fatigue cost of its sets (fatigue_cost.hpp).
// Timing convention: state t is the morning of day t, BEFORE that day's session; day t's
// own load first counts on day t + 1. So a plan of D days yields D + 1 states, from
// day 0 (nothing done yet, readiness 0) to day D (the morning after the block).
// Defaults: tau1 42 d, tau2 7 d (the common defaults), k1 1, k2 2 (fatigue weighs about
// 2-3 times fitness per unit of load; we take the low end). All four are editable.
#include <vector>

namespace proximity::plan {

struct FitnessFatigueParams {
    double tau1 = 42.0;  // fitness decay time constant, days
    double tau2 = 7.0;   // fatigue decay time constant, days
    double k1 = 1.0;     // fitness gain per unit of load
    double k2 = 2.0;     // fatigue gain per unit of load
};

struct DayState {
    double load = 0;       // this day's training load (counted from the next day on)
    double fitness = 0;
    double fatigue = 0;
    double readiness = 0;  // fitness - fatigue
};

// daily_load[d] is day d's load; the answer has daily_load.size() + 1 states, and state
// d's `load` is daily_load[d] (0 for the last state). O(days): each sum is carried
// forward with one multiplication per day instead of being re-summed.
std::vector<DayState> simulate_fitness_fatigue(const std::vector<double>& daily_load,
                                               const FitnessFatigueParams& params);

}  // namespace proximity::plan
