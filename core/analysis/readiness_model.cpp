#include "core/analysis/readiness_model.hpp"

#include "core/plan/plan_simulation.hpp"

namespace proximity::analysis {

namespace {

// Replaces each state's baseline and percent by the rolling ones (readiness and fitness,
// which they are read from, stay). A morning before the range is the habit's steady state
// on the same weekday: the model's own baseline of that state.
void rolling_baseline(std::vector<plan::DayState>& states) {
    for (size_t t = 0; t < states.size(); ++t) {
        double readiness = 0, fitness = 0;
        for (size_t k = 1; k <= size_t(kBaselineWeeks); ++k) {
            const bool before = t < 7 * k;
            readiness += (before ? states[t].baseline : states[t - 7 * k].readiness) / kBaselineWeeks;
            fitness += (before ? states[t].baseline_fitness : states[t - 7 * k].fitness) / kBaselineWeeks;
        }
        states[t].baseline = readiness;
        states[t].percent = fitness > 0 ? 100.0 * (states[t].readiness - readiness) / fitness + 0.0 : 0.0;
    }
}

}  // namespace

std::vector<plan::DayState> run_readiness_model(const std::vector<TrainingDay>& days,
                                                const plan::FitnessFatigueParams& params) {
    std::vector<double> stimulus, cost;
    stimulus.reserve(days.size());
    cost.reserve(days.size());
    for (const TrainingDay& d : days) {
        stimulus.push_back(d.stimulus);
        cost.push_back(d.fatigue);
    }
    std::vector<plan::DayState> states =
        plan::simulate_fitness_fatigue(stimulus, cost, plan::habitual_week(stimulus, cost), params);
    rolling_baseline(states);
    return states;
}

std::string readiness_baseline_words() {
    return "the same day of the week over your previous " + std::to_string(kBaselineWeeks) + " weeks";
}

}  // namespace proximity::analysis
