#include "core/plan/plan_simulation.hpp"

#include "core/plan/stimulus.hpp"

namespace proximity::plan {

std::vector<double> daily_loads(const PlanEvaluation& ev) {
    std::vector<double> loads(7 * ev.weeks.size(), 0.0);
    for (size_t w = 0; w < ev.weeks.size(); ++w)
        for (const SessionEvaluation& s : ev.weeks[w].sessions) loads[7 * w + (s.day - 1)] += s.cost;
    return loads;
}

std::vector<double> daily_stimulus(const Plan& plan, const PlanEvaluation& ev) {
    std::vector<double> stimulus(7 * ev.weeks.size(), 0.0);
    for (size_t w = 0; w < ev.weeks.size() && w < plan.weeks.size(); ++w)
        for (size_t s = 0; s < ev.weeks[w].sessions.size() && s < plan.weeks[w].sessions.size(); ++s)
            for (const PlannedExercise& x : plan.weeks[w].sessions[s].exercises)
                for (const PlannedSet& set : x.sets)
                    stimulus[7 * w + (ev.weeks[w].sessions[s].day - 1)] += set_stimulus(set, plan.settings.counting);
    return stimulus;
}

HabitualWeek habitual_week(const std::vector<double>& stimulus, const std::vector<double>& cost) {
    HabitualWeek habit;
    for (size_t start = 0; start + 7 <= cost.size(); start += 7) {
        double total = 0;
        for (size_t d = 0; d < 7; ++d) total += stimulus[start + d];
        if (total <= 0) continue;
        for (size_t d = 0; d < 7; ++d) {
            habit.stimulus[d] = stimulus[start + d];
            habit.cost[d] = cost[start + d];
        }
        break;
    }
    return habit;
}

std::vector<DayState> simulate_plan(const Plan& plan, const PlanEvaluation& ev) {
    const std::vector<double> cost = daily_loads(ev);
    const std::vector<double> stimulus = daily_stimulus(plan, ev);
    return simulate_fitness_fatigue(stimulus, cost, habitual_week(stimulus, cost), plan.settings.model);
}

}  // namespace proximity::plan
