#pragma once
// Which totals a barbell can be loaded to with a limited plate inventory, and the
// plates for each. Plates go on in pairs, so each side gets the same set.
//
// This is an exact search, not greedy. With a 20 kg bar, one pair of 25s and two pairs
// of 15s, 80 kg needs 30 a side: greedy takes a 25 first and is stuck 5 short, while
// 15 + 15 loads it exactly. The search finds every per-side total the inventory can
// make (a bounded knapsack over plate counts) and, for each, the combination with the
// fewest plates, preferring heavier plates when two combinations tie.
#include "core/load/equipment.hpp"
#include "core/load/weight_ticks.hpp"

#include <cstdint>
#include <vector>

namespace proximity::load {

struct PlatesOnSide {
    double weight = 0;
    int count = 0;  // plates of this weight on EACH side
};

class PlateLoader {
public:
    // Throws InputError("equipment.plates") for an inventory whose combinations are
    // too many to search (a very fine smallest step across hundreds of kilograms).
    PlateLoader(double bar, const std::vector<PlateStock>& plates);

    Ticks bar() const { return bar_; }
    // Every total (bar + both sides) the inventory can make, ascending; starts at the bar.
    const std::vector<Ticks>& loadable_totals() const { return totals_; }
    // Step of totals with unlimited plates of the same sizes (2 x the plates' common
    // divisor); 0 when there are no plates.
    Ticks grid_step() const { return 2 * unit_; }

    // Plates per side for a total from loadable_totals(), heaviest first.
    std::vector<PlatesOnSide> plates_for(Ticks total) const;

    // Largest search the loader accepts (per-side totals in units of the common divisor).
    static constexpr long long kMaxStates = 20000;

private:
    Ticks bar_ = 0;
    Ticks unit_ = 0;                      // greatest common divisor of the plate weights
    std::vector<long long> sizes_;        // plate weights in units, descending
    std::vector<int> per_side_;           // how many of each size fit on one side
    // fewest_[i][s]: fewest plates making side total s (in units) from sizes i.. ;
    // kNone when impossible.
    std::vector<std::vector<std::uint16_t>> fewest_;
    std::vector<Ticks> totals_;
};

}  // namespace proximity::load
