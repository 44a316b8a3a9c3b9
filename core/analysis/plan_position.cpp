#include "core/analysis/plan_position.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/plan/session_days.hpp"

#include <algorithm>

namespace proximity::analysis {

namespace {

const history::Workout* last_plan_workout(const history::History& h, const plan::Plan& plan) {
    for (auto it = h.workouts.rbegin(); it != h.workouts.rend(); ++it)
        if (it->plan && it->plan->week < int(plan.weeks.size()) &&
            it->plan->session < int(plan.weeks[size_t(it->plan->week)].sessions.size()))
            return &*it;
    return nullptr;
}

}  // namespace

std::optional<history::PlanSession> next_plan_session(const history::History& h, const plan::Plan& plan) {
    const history::Workout* last = last_plan_workout(h, plan);
    history::PlanSession next{0, 0};
    if (last) next = {last->plan->week, last->plan->session + 1};
    while (next.week < int(plan.weeks.size()) && next.session >= int(plan.weeks[size_t(next.week)].sessions.size()))
        next = {next.week + 1, 0};
    if (next.week >= int(plan.weeks.size())) return std::nullopt;
    return next;
}

std::vector<PlanSlot> remaining_sessions(const history::History& h, const plan::Plan& plan, int today) {
    std::vector<PlanSlot> out;
    const auto next = next_plan_session(h, plan);
    if (!next) return out;
    const history::Workout* last = last_plan_workout(h, plan);
    int week0 = 0;  // the Monday of plan week 0
    if (last) {
        week0 = monday_of(day_number(last->start)) - 7 * last->plan->week;
    } else {
        week0 = monday_of(today) + 7;
    }
    int earliest = today + 1;
    for (int w = next->week; w < int(plan.weeks.size()); ++w) {
        const std::vector<int> days = plan::session_days(plan.weeks[size_t(w)]);
        for (int s = w == next->week ? next->session : 0; s < int(days.size()); ++s) {
            const int day = std::max(week0 + 7 * w + days[size_t(s)] - 1, earliest);
            out.push_back({w, s, day});
            earliest = day + 1;
        }
    }
    return out;
}

}  // namespace proximity::analysis
