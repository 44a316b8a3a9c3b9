#include "core/plan/hard_sets.hpp"

#include "core/plan/weekly_sets.hpp"

#include <algorithm>

namespace proximity::plan {

bool is_hard_set(const PlannedSet& set, const CountingRules& rules) {
    if (set.warmup) return false;
    return counts_as_hard(set.failure ? 0.0 : set.rir, rules);
}

void credit_hard_set(const exercise::Exercise& e, const CountingRules& rules, MuscleTally& tally) {
    for (exercise::Muscle m : e.secondary)
        if (std::find(e.primary.begin(), e.primary.end(), m) == e.primary.end())
            tally[m] += rules.secondary;
    for (exercise::Muscle m : e.primary) tally[m] += rules.primary;
}

void credit_direct_sets(const exercise::Exercise& e, double count, MuscleTally& tally) {
    for (exercise::Muscle m : e.primary) tally[m] += count;
}

}  // namespace proximity::plan
