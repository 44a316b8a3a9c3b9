#pragma once
// Would the failure policy have advised against a set the lifter took to failure? The
// set is put to policy::advise_set with the context it was done in (set k of n, the
// exercise's position in the workout, the plan week's phase when the workout came from
// the plan, the muscle's hard sets so far that week, the lifter's status, spotter and
// calibration); any verdict other than "failure" is advice against, and the policy's
// first reason is the rule behind it.
#include "core/policy/advise_set.hpp"

namespace proximity::analysis {

struct FailureJudgement {
    bool advised_against = false;
    policy::Verdict verdict = policy::Verdict::Failure;
    const policy::Rule* rule = nullptr;  // the first reason (null when the policy gave none)
};

FailureJudgement judge_failure_set(const policy::SetContext& ctx, const policy::RuleSet& rules);

}  // namespace proximity::analysis
