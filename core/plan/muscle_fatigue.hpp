#pragma once
// Fatigue signs the lifter shows now, by muscle (seed 001: do not train to failure
// through accumulated fatigue). The history analysis finds them (a performance drop,
// core/analysis/fatigue_signs.hpp); the planner and the session view hand each planned
// set of an exercise the signs of its primary muscles as the policy's fatigue.signs.
#include "core/exercise/exercise.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::plan {

struct MuscleFatigue {
    std::string sign;                       // one of policy::kFatigueSigns
    std::vector<exercise::Muscle> muscles;  // empty: every muscle
};

// The fatigue the planner is told about (px.evaluatePlan's `fatigue`): the signs, and the
// plan week they are current in (0-based; none: every week of the plan).
struct PlanFatigue {
    std::vector<MuscleFatigue> signs;
    std::optional<int> week;
    bool applies_to(int w) const { return !signs.empty() && (!week || *week == w); }
};

// The signs that concern `e`: those naming one of its primary muscles, or no muscle;
// each sign once, in the order given.
std::vector<std::string> signs_for(const std::vector<MuscleFatigue>& fatigue, const exercise::Exercise& e);

}  // namespace proximity::plan
