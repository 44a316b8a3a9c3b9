#include "core/plan/plan_simulation.hpp"

namespace proximity::plan {

std::vector<double> daily_loads(const PlanEvaluation& ev) {
    std::vector<double> loads(7 * ev.weeks.size(), 0.0);
    for (size_t w = 0; w < ev.weeks.size(); ++w)
        for (const SessionEvaluation& s : ev.weeks[w].sessions) loads[7 * w + (s.day - 1)] += s.cost;
    return loads;
}

std::vector<DayState> simulate_plan(const Plan& plan, const PlanEvaluation& ev) {
    return simulate_fitness_fatigue(daily_loads(ev), plan.settings.model);
}

}  // namespace proximity::plan
