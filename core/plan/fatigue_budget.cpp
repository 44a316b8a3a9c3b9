#include "core/plan/fatigue_budget.hpp"

#include "core/plan/plan_settings.hpp"

namespace proximity::plan {

namespace {
constexpr double kIntermediateBudget = 200.0;
}

const char* budget_status_id(BudgetStatus s) {
    switch (s) {
        case BudgetStatus::Within: return "within";
        case BudgetStatus::Near: return "near";
        case BudgetStatus::Over: return "over";
    }
    return "within";
}

double default_fatigue_budget(policy::LifterStatus status) {
    switch (status) {
        case policy::LifterStatus::Beginner: return 0.6 * kIntermediateBudget;
        case policy::LifterStatus::Intermediate: return kIntermediateBudget;
        case policy::LifterStatus::Advanced: return 1.2 * kIntermediateBudget;
    }
    return kIntermediateBudget;
}

BudgetStatus classify_budget(double cost, double budget) {
    if (cost > budget) return BudgetStatus::Over;
    if (cost > 0.9 * budget) return BudgetStatus::Near;
    return BudgetStatus::Within;
}

double PlanSettings::weekly_budget() const {
    return fatigue_budget.value_or(default_fatigue_budget(status));
}

}  // namespace proximity::plan
