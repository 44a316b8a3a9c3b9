#pragma once
// The mesocycle generator: a template (plan_template.hpp) laid out over 3-6 accumulation
// weeks plus a deload week (seed 002: failure blocks of 3-6 weeks, then a deload).
//   Effort: RIR 3 in week 1 falling to 0-1 in the last week (effort_progression.hpp),
//     held higher where the week would otherwise be over its fatigue budget (a beginner
//     on a six-day split stops at RIR 2 rather than overreaching);
//     failure only where the template allows it, the failure policy agrees and the week
//     stays within its fatigue budget; never closer to failure than the policy advises.
//   Volume: week 1 is the template; each later week adds one set per muscle per session
//     that trains it directly (isolation exercises first, as they cost least fatigue, at
//     most 2 extra sets per exercise) while every muscle stays within its landmark max
//     (beginners: within the landmark min, as seed 002's range is for trained lifters)
//     and the block's hardest week (compounds at RIR 1, isolation at 0) stays within the
//     fatigue budget.
//   Deload: deload_week.hpp.
#include "core/common/limit.hpp"
#include "core/exercise/exercise_library.hpp"
#include "core/plan/plan.hpp"
#include "core/policy/rule_set.hpp"

#include <string>

namespace proximity::plan {

// Accumulation weeks of a generated block (the deload week comes on top).
constexpr Limit kBlockWeeksLimit{3, 6, 1, "an accumulation block of 3 to 6 weeks before the deload"};
constexpr int kMinBlockWeeks = static_cast<int>(kBlockWeeksLimit.min);
constexpr int kMaxBlockWeeks = static_cast<int>(kBlockWeeksLimit.max);
constexpr int kMaxExtraSetsPerExercise = 2;

struct MesocycleRequest {
    std::string template_id = "ppl";
    int weeks = 4;  // accumulation weeks, 3-6; the deload week comes on top
    bool deload = true;
    policy::Phase phase = policy::Phase::Normal;  // or FailureBlock for the accumulation weeks
    std::string name;                             // default: the template's name
    PlanSettings settings;
};

Plan generate_mesocycle(const MesocycleRequest& request, const exercise::ExerciseLibrary& library,
                        const policy::RuleSet& rules);

}  // namespace proximity::plan
