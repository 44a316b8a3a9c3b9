#pragma once
// Who the plan is for and the knobs it is judged with. Everything here travels with the
// plan (exported files, shared links), so a plan evaluates the same anywhere.
#include "core/plan/counting_rules.hpp"
#include "core/plan/fitness_fatigue.hpp"
#include "core/plan/landmarks.hpp"
#include "core/policy/set_context.hpp"

#include <optional>
#include <string>

namespace proximity::plan {

struct PlanSettings {
    policy::LifterStatus status = policy::LifterStatus::Intermediate;
    bool spotter = false;                 // a spotter is available for risky lifts
    std::string unit = "kg";              // unit of planned loads
    CountingRules counting;
    LandmarkTable landmarks;
    std::optional<double> fatigue_budget; // per week; default by status (fatigue_budget.hpp)
    FitnessFatigueParams model;

    double weekly_budget() const;
};

}  // namespace proximity::plan
