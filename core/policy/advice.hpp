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

// The reasons of one advice, in order. Up to kInline of them live inside the Advice, so
// advising a set touches no heap (the built-in rules match about ten at most); more
// spill into a vector. Read it like a std::vector: size, empty, [], front, begin/end.
class ReasonList {
public:
    static constexpr size_t kInline = 24;

    size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    const Reason* begin() const noexcept { return data(); }
    const Reason* end() const noexcept { return data() + size_; }
    const Reason& operator[](size_t i) const noexcept { return data()[i]; }
    const Reason& front() const noexcept { return data()[0]; }

    void push_back(const Reason& r);  // allocates only past kInline
    void truncate(size_t n) noexcept { if (n < size_) size_ = n; }
    Reason* data() noexcept { return heap_.empty() ? inline_.data() : heap_.data(); }
    const Reason* data() const noexcept { return heap_.empty() ? inline_.data() : heap_.data(); }

private:
    std::array<Reason, kInline> inline_{};
    std::vector<Reason> heap_;  // all of them, once more than kInline
    size_t size_ = 0;
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
    ReasonList reasons;
    const Rule* recommended_by = nullptr;  // the winning verdict recommendation (null: engine fallback)
    const Rule* capped_by = nullptr;       // the cap that set the verdict, if one did

    const TechniqueAdvice& technique(Technique t) const { return techniques[static_cast<size_t>(t)]; }
};

}  // namespace proximity::policy
