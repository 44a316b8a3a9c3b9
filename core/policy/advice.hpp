#pragma once
// What advise_set answers for one set. Rules are referenced by pointer into the RuleSet
// that produced the advice (valid while that RuleSet, or a copy of it, lives), so an
// Advice costs no string copies.
#include "core/policy/rule_set.hpp"
#include "core/policy/technique.hpp"
#include "core/policy/verdict.hpp"

#include <array>
#include <vector>

namespace proximity::policy {

// Why a rule is listed, in the order reasons are given.
enum class ReasonRole {
    Constraint,      // a safety limit (capVerdict / limitRir) that holds for this set
    Recommendation,  // the recommendation in force (verdict and/or RIR range)
    Adjustment,      // widened or narrowed the recommended range
    Technique,       // allowed or denied an intensity technique
    Overridden,      // the strongest recommendation for failure / near-failure that lost
};
const char* reason_role_id(ReasonRole r);  // "constraint", "recommendation", ...

struct Reason {
    const Rule* rule;
    ReasonRole role;
};

struct TechniqueAdvice {
    Technique technique = Technique::DropSet;
    bool allowed = false;
    const Rule* rule = nullptr;  // the deciding rule (verdict, deny or allow); null if none applies
    bool blocked_by_verdict = false;  // denied because the verdict rules failure out
    const TechniqueEffect* effect() const;  // the deciding rule's entry for this technique, if any
};

struct Advice {
    Verdict verdict = Verdict::StopShort;
    RirRange target_rir;
    std::array<TechniqueAdvice, kTechniqueCount> techniques{};  // indexed by Technique
    std::vector<Reason> reasons;
    const Rule* recommended_by = nullptr;  // the winning verdict recommendation (null: engine fallback)
    const Rule* capped_by = nullptr;       // the cap that set the verdict, if one did

    const TechniqueAdvice& technique(Technique t) const { return techniques[static_cast<size_t>(t)]; }
};

}  // namespace proximity::policy
