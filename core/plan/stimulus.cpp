#include "core/plan/stimulus.hpp"

#include "core/plan/hard_sets.hpp"

#include <algorithm>

namespace proximity::plan {

double set_stimulus(const PlannedSet& set, const CountingRules& rules) {
    if (!is_hard_set(set, rules)) return 0.0;
    return std::max(0.0, 1.0 - kStimulusPerRir * set.effective_rir());
}

}  // namespace proximity::plan
