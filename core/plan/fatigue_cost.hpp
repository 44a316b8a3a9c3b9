#pragma once
// Fatigue cost of one planned set, in "standard set" units: 1.0 is an isolation set
// stopped about 2.5 reps short of failure.
//
//   cost = class factor x proximity factor(RIR) x technique factor     (warm-ups cost 0)
//
// Proximity factor: 0.4 + 2.1 * e^(-RIR / 2). It rises steeply over the last reps:
//   failure (RIR 0) 2.50, RIR 1 1.67, RIR 2 1.17, RIR 3 0.87, RIR 4 0.68, RIR 5 0.57.
//   A set to failure therefore costs 2.1x a set at RIR 2 and 2.9x a set at RIR 3, the
//   "2-3 times the recovery of a set stopped 2-3 reps short" of seed 001; Morán-Navarro
//   et al. 2017 measured 24-48 h slower recovery after failure protocols, and
//   González-Badillo et al. 2016 saw 3x8 of 8 possible reps depress jump height for 48 h
//   where 3x4 of 8 recovered in 6 h. The floor (0.4) is what any working set costs.
// Class factor: isolation 1.0, other compound 1.3, heavy compound 1.8. Heavy compound =
//   the library's heavy_compound flag (squat, bench, deadlift, overhead press) or a
//   free-weight compound that loads the spine (barbell row, Romanian deadlift).
//   Seeds 000, 001 and 003 all single out heavy compounds for their systemic and neural
//   cost; no study gives a ratio, so these are the model's calibration, editable here.
// Technique factor: drop set, rest-pause and myo-reps 1.5 (about half a failure set of
//   extra work after the first failure), forced reps 1.75 (reps beyond concentric
//   failure with a heavier eccentric); an RIR calibration test is a plain failure set (1). Seed 001 calls these "absolute failure" with
//   different recovery implications and advises using them sparingly; again a model
//   calibration, not a published figure.
#include "core/exercise/exercise.hpp"
#include "core/policy/technique.hpp"

#include <optional>

namespace proximity::plan {

struct PlannedSet;

enum class LoadClass { Isolation, Compound, HeavyCompound };
const char* load_class_id(LoadClass c);  // "isolation", "compound", "heavyCompound"
LoadClass load_class(const exercise::Exercise& e);

struct FatigueCostParams {
    double floor = 0.4;         // cost factor of a set far from failure
    double failure = 2.5;       // proximity factor at RIR 0
    double rir_scale = 2.0;     // e-folding distance of the rise, in reps
    double isolation = 1.0;
    double compound = 1.3;
    double heavy_compound = 1.8;
    double drop_set = 1.5;
    double rest_pause = 1.5;
    double myo_reps = 1.5;
    double forced_reps = 1.75;
};

double proximity_factor(double rir, const FatigueCostParams& p = {});
double class_factor(LoadClass c, const FatigueCostParams& p = {});
double technique_factor(std::optional<policy::Technique> t, const FatigueCostParams& p = {});
double set_fatigue_cost(const PlannedSet& set, LoadClass c, const FatigueCostParams& p = {});

}  // namespace proximity::plan
