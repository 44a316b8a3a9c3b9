#include "core/policy/advise_set.hpp"

#include "core/policy/facts.hpp"

#include <algorithm>

namespace proximity::policy {

namespace {

const RirRange kFallbackRange{1, 3};

// Raise the range's floor to `floor`; a raised range stays at least 1 rep wide.
void raise_floor(RirRange& range, double floor) {
    if (range.min >= floor) return;
    range.min = floor;
    if (range.max < floor + 1) range.max = floor + 1;
}

// Later rules only replace the chosen one on equal priority (rules come sorted).
bool better_verdict(const Rule& candidate, const Rule* chosen) {
    if (!chosen) return true;
    return candidate.priority == chosen->priority &&
           caution(*candidate.effect.verdict) > caution(*chosen->effect.verdict);
}

bool better_range(const Rule& candidate, const Rule* chosen) {
    if (!chosen) return true;
    return candidate.priority == chosen->priority && candidate.effect.rir->min > chosen->effect.rir->min;
}

}  // namespace

const char* reason_role_id(ReasonRole r) {
    switch (r) {
        case ReasonRole::Constraint: return "constraint";
        case ReasonRole::Recommendation: return "recommendation";
        case ReasonRole::Adjustment: return "adjustment";
        case ReasonRole::Technique: return "technique";
        case ReasonRole::Overridden: return "overridden";
    }
    return "";
}

const TechniqueEffect* TechniqueAdvice::effect() const {
    if (!rule) return nullptr;
    const TechniqueEffect& e = rule->effect.techniques[static_cast<size_t>(technique)];
    return e.present ? &e : nullptr;
}

namespace {

// Steps 1-7 (advise_set.hpp) into `advice`. noexcept, and the only call that could throw
// (ReasonList spilling past its inline capacity) runs only when more than 24 rules
// match: in the WASM build (JS-based exceptions) a possibly-throwing call inside a
// cleanup scope goes through a JS trampoline, which made advice 5-9x slower than native.
void resolve(const Facts& facts, const RuleSet& rule_set, Advice& advice) noexcept {
    ReasonList& list = advice.reasons;
    // 1-2. Matches and the recommendation in force.
    const Rule* verdict_rule = nullptr;
    const Rule* range_rule = nullptr;
    for (const Rule& rule : rule_set.rules()) {
        if (!rule.condition.matches(facts)) continue;
        list.push_back({&rule, ReasonRole::Technique});
        if (rule.effect.verdict && better_verdict(rule, verdict_rule)) verdict_rule = &rule;
        if (rule.effect.rir && better_range(rule, range_rule)) range_rule = &rule;
    }
    Reason* const matched = list.data();
    const Reason* const begin = matched;
    const Reason* const end = matched + list.size();
    Verdict verdict = verdict_rule ? *verdict_rule->effect.verdict : Verdict::StopShort;
    RirRange range = range_rule ? *range_rule->effect.rir : kFallbackRange;

    // 3. Adjustments.
    for (const Reason* m = begin; m != end; ++m) {
        const Effect& e = m->rule->effect;
        if (!e.adjusts) continue;
        range.min = std::max(0.0, range.min + e.adjust_min);
        range.max = std::max(range.min, range.max + e.adjust_max);
    }

    // 4. Constraints.
    const Rule* cap_rule = nullptr;
    const Rule* floor_rule = nullptr;
    double ceiling = kMaxRir;
    for (const Reason* m = begin; m != end; ++m) {
        const Effect& e = m->rule->effect;
        if (e.cap && (!cap_rule || caution(*e.cap) > caution(*cap_rule->effect.cap))) cap_rule = m->rule;
        if (e.rir_floor && (!floor_rule || *e.rir_floor > *floor_rule->effect.rir_floor)) floor_rule = m->rule;
        if (e.rir_ceiling) ceiling = std::min(ceiling, *e.rir_ceiling);
    }
    if (cap_rule && caution(*cap_rule->effect.cap) > caution(verdict)) {
        verdict = *cap_rule->effect.cap;
        advice.capped_by = cap_rule;
    }
    if (range.max > ceiling) {
        range.max = ceiling;
        range.min = std::min(range.min, range.max);
    }
    if (floor_rule) raise_floor(range, *floor_rule->effect.rir_floor);

    // 5. Verdict and range agree.
    if (verdict == Verdict::Failure && range.min > 0) verdict = range.min <= 1 ? Verdict::NearFailure : Verdict::StopShort;
    if (verdict == Verdict::NearFailure && range.min >= 2) verdict = Verdict::StopShort;
    // RIR 0 is failure: any verdict below failure (near-failure included, and whatever a
    // cap lowered the verdict to) aims at least kMinRirShortOfFailure reps short.
    if (verdict != Verdict::Failure) raise_floor(range, kMinRirShortOfFailure);
    advice.verdict = verdict;
    advice.target_rir = range;
    advice.recommended_by = verdict_rule;

    // 6. Techniques.
    const bool failure_ok = caution(verdict) <= caution(Verdict::NearFailure);
    // Who ruled failure out: a cap, else a floor that pushed the verdict off the
    // recommended one, else the recommendation itself.
    const Rule* blocker = advice.capped_by;
    if (!blocker && floor_rule && (!verdict_rule || verdict != *verdict_rule->effect.verdict)) blocker = floor_rule;
    if (!blocker) blocker = verdict_rule;
    for (Technique t : kAllTechniques) {
        const size_t i = static_cast<size_t>(t);
        const Rule* allow = nullptr;
        const Rule* deny = nullptr;
        for (const Reason* m = begin; m != end; ++m) {
            const TechniqueEffect& e = m->rule->effect.techniques[i];
            if (!e.present) continue;
            if (e.allow && !allow) allow = m->rule;
            if (!e.allow && !deny) deny = m->rule;
        }
        TechniqueAdvice& out = advice.techniques[i];
        out.technique = t;
        if (!failure_ok) {
            out.rule = blocker;
            out.blocked_by_verdict = true;
        } else if (deny) {
            out.rule = deny;
        } else if (allow) {
            out.allowed = true;
            out.rule = allow;
        }
    }

    // 7. Reasons.
    auto decides_a_technique = [&advice](const Rule* rule) {
        for (const TechniqueAdvice& t : advice.techniques)
            if (t.rule == rule) return true;
        return false;
    };
    // At most one overridden recommendation: the strongest one that wanted the set
    // closer to failure than both the winning recommendation and the final verdict.
    const Rule* overridden = nullptr;
    const int bar = std::min(caution(verdict), verdict_rule ? caution(*verdict_rule->effect.verdict) : 4);
    for (const Reason* m = begin; m != end; ++m) {
        const auto& v = m->rule->effect.verdict;
        if (v && caution(*v) <= caution(Verdict::NearFailure) && caution(*v) < bar) {
            overridden = m->rule;
            break;
        }
    }
    size_t kept = 0;
    for (const Reason* m = begin; m != end; ++m) {
        const Effect& e = m->rule->effect;
        ReasonRole role;
        if (e.constrains()) role = ReasonRole::Constraint;
        else if (m->rule == verdict_rule || m->rule == range_rule) role = ReasonRole::Recommendation;
        else if (e.adjusts) role = ReasonRole::Adjustment;
        else if (decides_a_technique(m->rule)) role = ReasonRole::Technique;
        else if (m->rule == overridden) role = ReasonRole::Overridden;
        else continue;
        matched[kept++] = {m->rule, role};
    }
    // Group by role, keeping priority order within a group (a stable partition per role;
    // lists are short).
    for (size_t i = 1; i < kept; ++i)
        for (size_t j = i; j > 0 && matched[j - 1].role > matched[j].role; --j) std::swap(matched[j - 1], matched[j]);
    list.truncate(kept);
}

}  // namespace

void ReasonList::push_back(const Reason& r) {
    if (heap_.empty() && size_ < kInline) {
        inline_[size_++] = r;
        return;
    }
    if (heap_.empty()) heap_.assign(inline_.begin(), inline_.end());
    heap_.resize(size_);
    heap_.push_back(r);
    ++size_;
}

Advice advise_set(const SetContext& ctx, const RuleSet& rule_set) noexcept {
    Advice advice;
    if (ctx.exercise) resolve(collect_facts(ctx), rule_set, advice);
    return advice;
}

}  // namespace proximity::policy
