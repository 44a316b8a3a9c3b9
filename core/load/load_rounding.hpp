#pragma once
// Rounding a computed load to one that can actually be put on the bar, picked off the
// dumbbell rack or pinned on the stack. When the target cannot be loaded (below the
// empty bar, above what the plates make, a gap in a limited inventory) the result is
// the closest loadable weight and a warning says why.
#include "core/load/equipment.hpp"
#include "core/load/plate_loader.hpp"
#include "core/units/unit.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::load {

enum class RoundingMode { Nearest, Down };  // ties in Nearest go to the lighter load

struct RoundedLoad {
    double target = 0;
    double load = 0;
    bool exact = false;                 // load == target
    std::vector<PlatesOnSide> plates;   // barbell only: per side, heaviest first
    std::vector<std::string> warnings;
};

class LoadRounder {
public:
    // Precomputes what the equipment can make (for a barbell, the plate search), so
    // rounding a whole table costs one search.
    LoadRounder(const Equipment& equipment, units::Unit unit);

    RoundedLoad round(double target, RoundingMode mode) const;
    // An added load or an assistance (a bodyweight or assisted lift): nothing at all is
    // loadable too, so a target nearer 0 than the lightest load is 0.
    RoundedLoad round_added(double target, RoundingMode mode) const;

    const Equipment& equipment() const { return equipment_; }
    double lightest() const;
    double heaviest() const;  // infinity for an open-ended stack

private:
    struct Neighbours {
        std::optional<Ticks> below;  // heaviest loadable <= target
        std::optional<Ticks> above;  // lightest loadable > target
    };
    Neighbours neighbours(Ticks target) const;
    std::string text(double weight) const;  // "102.5 kg"

    Equipment equipment_;
    units::Unit unit_;
    std::optional<PlateLoader> plates_;
    std::vector<Ticks> list_;  // dumbbell list, ascending
};

const char* rounding_mode_name(RoundingMode m);
std::vector<EnumLabel> rounding_labels();

}  // namespace proximity::load
