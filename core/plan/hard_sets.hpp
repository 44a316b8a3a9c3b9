#pragma once
// Counting a planned set as weekly volume (the rules and their sources: counting_rules.hpp).
#include "core/exercise/exercise.hpp"
#include "core/plan/counting_rules.hpp"
#include "core/plan/muscle_tally.hpp"
#include "core/plan/plan.hpp"

namespace proximity::plan {

// True for a working set taken within `max_hard_rir` reps of failure (failure included):
// counts_as_hard (weekly_sets.hpp) on the planned effort.
bool is_hard_set(const PlannedSet& set, const CountingRules& rules);

// Adds one hard set of `exercise` to `tally`: `primary` to each primary muscle,
// `secondary` to each secondary muscle (a muscle listed as both gets the primary credit).
void credit_hard_set(const exercise::Exercise& exercise, const CountingRules& rules,
                     MuscleTally& tally);

// Adds `count` hard sets' worth of primary credit only (the "direct" sets of a muscle).
void credit_direct_sets(const exercise::Exercise& exercise, double count, MuscleTally& tally);

}  // namespace proximity::plan
