#pragma once
// How planned sets turn into weekly hard sets per muscle (hard_sets.hpp applies them).
//
// - A set credits each PRIMARY muscle of its exercise with `primary` (1) and each
//   SECONDARY muscle with `secondary` (0.5): Pelland et al. 2024 found that counting
//   indirect sets as half a set ("fractional" counting) fits the volume-growth data best.
// - Only hard sets count: warm-ups never, and working sets stopped more than
//   `max_hard_rir` (3) reps short of failure do not either. Seed 000: 0-2 RIR recruits
//   the high-threshold motor units, stopping 3-4 short may not; seeds 001 and 002 still
//   prescribe RIR 3 as a working set (RIR 1-3). So RIR 3 is the last that counts, and a
//   deload's compound sets at RIR 4 (deload_week.hpp) are not hard sets.
// - A drop set, rest-pause set, myo-reps set or forced-reps set counts as ONE set. The
//   mini-sets after the first failure extend the same set; the volume studies behind the
//   landmarks (Schoenfeld 2017, Baz-Valle 2022, Pelland 2024) count sets, not mini-sets,
//   so counting each drop would inflate the number the landmarks are compared with. What
//   the extension does cost, the fatigue model charges (fatigue_cost.hpp).

namespace proximity::plan {

struct CountingRules {
    double primary = 1.0;
    double secondary = 0.5;
    double max_hard_rir = 3.0;
};

}  // namespace proximity::plan
