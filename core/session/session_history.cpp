#include "core/session/session_history.hpp"

#include "core/analysis/profile_options.hpp"
#include "core/plan/plan_evaluation.hpp"

namespace proximity::session {

std::optional<analysis::HistoryAnalysis> analysis_for_plan(const history::History& h, const plan::Plan& p,
                                                           const profile::Profile& lifter, load::Formula formula,
                                                           const exercise::ExerciseLibrary& library,
                                                           const policy::RuleSet& rules) {
    if (h.workouts.empty()) return std::nullopt;
    analysis::AnalysisOptions options;
    analysis::apply_profile(options, lifter);
    options.formula = formula;
    options.plan = p;
    return analysis::analyze_history(h, library, rules, options);
}

std::vector<std::vector<PreparedSession>> prepare_all_sessions(const plan::Plan& p, const profile::Profile& lifter,
                                                               const history::History& h,
                                                               const exercise::ExerciseLibrary& library,
                                                               const policy::RuleSet& rules, load::Formula formula) {
    const std::optional<analysis::HistoryAnalysis> a = analysis_for_plan(h, p, lifter, formula, library, rules);
    const plan::PlanEvaluation evaluation = plan::evaluate_plan(p, library, rules);
    std::vector<std::vector<PreparedSession>> weeks(p.weeks.size());
    for (size_t w = 0; w < p.weeks.size(); ++w)
        for (size_t s = 0; s < p.weeks[w].sessions.size(); ++s)
            weeks[w].push_back(prepare_session(p, static_cast<int>(w), static_cast<int>(s), lifter, &h, library, rules,
                                               &evaluation, a ? &*a : nullptr, formula));
    return weeks;
}

}  // namespace proximity::session
