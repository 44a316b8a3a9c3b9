#pragma once
// Memoized policy::advise_set for one plan evaluation. A block repeats itself: the same
// exercise, set k of n, reps, phase and weekly volume come back week after week, and the
// verdict depends on nothing else (advise_set is a pure function of the context and the
// rule set). Caching by the full context cuts a 6-week plan's policy calls by about
// the number of identical weeks.
#include "core/policy/advise_set.hpp"

#include <cstddef>
#include <unordered_map>

namespace proximity::plan {

class AdviceCache {
public:
    explicit AdviceCache(const policy::RuleSet& rules) : rules_(rules) {}

    // Same answer as policy::advise_set(ctx, rules). Contexts with fatigue signs or an
    // RIR calibration (which the planner never sets) are not cached.
    const policy::Advice& advise(const policy::SetContext& ctx);

private:
    struct Key {
        const exercise::Exercise* exercise;
        int status, set_index, set_count, target_reps, position, phase, failure_block_week, frequency;
        bool spotter, has_percent;
        double percent, weekly_sets;
        bool operator==(const Key& o) const;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const;
    };
    const policy::RuleSet& rules_;
    std::unordered_map<Key, policy::Advice, KeyHash> cache_;
    policy::Advice uncached_;
};

}  // namespace proximity::plan
