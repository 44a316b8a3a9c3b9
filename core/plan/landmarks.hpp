#pragma once
// Weekly volume landmarks per muscle and the four-way classification of a week's hard
// sets against them:
//   under      hard sets <  min
//   productive min <= hard sets <= max
//   high       max <  hard sets <= ceiling
//   excessive  hard sets >  ceiling
// Defaults (every muscle; the sources give figures per muscle group, not per muscle):
//   min 10, max 16 — seed 002: about 10-16 weekly sets per muscle for trained lifters;
//     Schoenfeld, Ogborn & Krieger 2017: the 10+ sets/week category grew most.
//   ceiling 20 — Baz-Valle et al. 2022 still report 12-20 sets as productive for trained
//     men, and seed 000 warns that at 20+ sets failure work costs far more than it returns.
// Users override any muscle (plan settings.landmarks).
#include "core/exercise/muscle.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::plan {

enum class VolumeStatus { Under, Productive, High, Excessive };
const char* volume_status_id(VolumeStatus s);  // "under", "productive", "high", "excessive"

struct Landmark {
    double min = 10;
    double max = 16;
    double ceiling = 20;
};

Landmark default_landmark(exercise::Muscle m);
VolumeStatus classify_volume(double hard_sets, const Landmark& landmark);

// Per-muscle landmarks: the defaults plus the user's overrides.
class LandmarkTable {
public:
    Landmark at(exercise::Muscle m) const;
    void set(exercise::Muscle m, const Landmark& landmark);
    bool is_override(exercise::Muscle m) const;

private:
    std::vector<std::optional<Landmark>> overrides_;
};

}  // namespace proximity::plan
