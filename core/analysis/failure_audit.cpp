#include "core/analysis/failure_audit.hpp"

namespace proximity::analysis {

FailureJudgement judge_failure_set(const policy::SetContext& ctx, const policy::RuleSet& rules) {
    const policy::Advice advice = policy::advise_set(ctx, rules);
    FailureJudgement j;
    j.verdict = advice.verdict;
    j.advised_against = advice.verdict != policy::Verdict::Failure;
    if (j.advised_against && !advice.reasons.empty()) j.rule = advice.reasons.front().rule;
    return j;
}

}  // namespace proximity::analysis
