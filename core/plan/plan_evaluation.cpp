#include "core/plan/plan_evaluation.hpp"

#include "core/plan/budget_suggestions.hpp"
#include "core/plan/plan_simulation.hpp"
#include "core/plan/set_verdicts.hpp"
#include "core/plan/volume_warnings.hpp"
#include "core/plan/weekly_volume.hpp"

namespace proximity::plan {

const char* contradiction_id(Contradiction c) {
    switch (c) {
        case Contradiction::None: return "none";
        case Contradiction::FailureNotAdvised: return "failureNotAdvised";
        case Contradiction::CloserThanAdvised: return "closerThanAdvised";
        case Contradiction::TechniqueNotAdvised: return "techniqueNotAdvised";
        case Contradiction::OverSessionLimit: return "overSessionLimit";
    }
    return "none";
}

const char* warning_kind_id(WarningKind k) {
    switch (k) {
        case WarningKind::VolumeUnder: return "volumeUnder";
        case WarningKind::VolumeExcessive: return "volumeExcessive";
        case WarningKind::SessionPileUp: return "sessionPileUp";
        case WarningKind::OnceAWeek: return "onceAWeek";
        case WarningKind::OverBudget: return "overBudget";
    }
    return "";
}

const char* suggestion_kind_id(SuggestionKind k) {
    switch (k) {
        case SuggestionKind::MoveFailure: return "moveFailure";
        case SuggestionKind::StopShort: return "stopShort";
        case SuggestionKind::DropTechnique: return "dropTechnique";
        case SuggestionKind::CutSets: return "cutSets";
        case SuggestionKind::TrimSets: return "trimSets";
    }
    return "";
}

PlanEvaluation evaluate_plan(const Plan& plan, const exercise::ExerciseLibrary& library,
                             const policy::RuleSet& rules, const PlanFatigue& fatigue) {
    PlanEvaluation ev;
    ev.weeks.reserve(plan.weeks.size());
    for (size_t w = 0; w < plan.weeks.size(); ++w)
        ev.weeks.push_back(tally_week(plan.weeks[w], static_cast<int>(w), plan.settings, library));
    judge_sets(plan, rules, ev, fatigue);
    ev.warnings = volume_warnings(plan, ev);
    ev.suggestions = budget_suggestions(plan, ev);
    ev.simulation = simulate_plan(plan, ev);
    return ev;
}

}  // namespace proximity::plan
