#include "core/load/load_rounding.hpp"

#include "core/common/number_text.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::load {

namespace {

// The load the equipment would give with an unlimited supply of the same plate sizes
// (or an endless stack): `start + k * step`, k >= 0. Used to tell "the inventory ran
// out" apart from ordinary rounding.
Ticks grid_round(Ticks target, Ticks start, Ticks step, RoundingMode mode) {
    if (target <= start) return start;
    if (step <= 0) return target;  // nothing to add to the bar: any more is out of reach
    const Ticks k = (target - start) / step;
    const Ticks below = start + k * step;
    if (mode == RoundingMode::Down || below == target) return below;
    return (target - below) <= (below + step - target) ? below : below + step;
}

}  // namespace

namespace {
constexpr std::array<EnumName<RoundingMode>, 2> kRoundings{
    {{RoundingMode::Nearest, "nearest", "To the nearest load", "Nearest"},
     {RoundingMode::Down, "down", "Down to the next lighter load", "Down"}}};
}  // namespace

const char* rounding_mode_name(RoundingMode m) { return enum_name(kRoundings, m); }
std::vector<EnumLabel> rounding_labels() { return enum_labels(kRoundings); }

LoadRounder::LoadRounder(const Equipment& equipment, units::Unit unit) : equipment_(equipment), unit_(unit) {
    if (equipment.type == EquipmentType::Barbell) {
        plates_.emplace(equipment.bar, equipment.plates);
    } else if (!equipment.weights.empty()) {
        for (double w : equipment.weights) list_.push_back(to_ticks(w));
        std::sort(list_.begin(), list_.end());
        list_.erase(std::unique(list_.begin(), list_.end()), list_.end());
    }
}

RoundedLoad LoadRounder::round_added(double target, RoundingMode mode) const {
    const double first = lightest();
    if (target < first && (mode == RoundingMode::Down || target <= first / 2)) {
        RoundedLoad none;
        none.target = target;
        none.load = 0;
        return none;
    }
    return round(target, mode);
}

double LoadRounder::lightest() const {
    if (plates_) return from_ticks(plates_->bar());
    if (!list_.empty()) return from_ticks(list_.front());
    return equipment_.min;
}

double LoadRounder::heaviest() const {
    if (plates_) return from_ticks(plates_->loadable_totals().back());
    if (!list_.empty()) return from_ticks(list_.back());
    if (!std::isfinite(equipment_.max)) return equipment_.max;
    const Ticks min = to_ticks(equipment_.min), inc = to_ticks(equipment_.increment);
    return from_ticks(min + (to_ticks(equipment_.max) - min) / inc * inc);
}

LoadRounder::Neighbours LoadRounder::neighbours(Ticks target) const {
    Neighbours n;
    const std::vector<Ticks>* sorted = plates_ ? &plates_->loadable_totals() : (list_.empty() ? nullptr : &list_);
    if (sorted) {
        auto it = std::upper_bound(sorted->begin(), sorted->end(), target);
        if (it != sorted->end()) n.above = *it;
        if (it != sorted->begin()) n.below = *std::prev(it);
        return n;
    }
    const Ticks min = to_ticks(equipment_.min), inc = to_ticks(equipment_.increment);
    if (target < min) {
        n.above = min;
        return n;
    }
    const Ticks k = (target - min) / inc;
    if (std::isfinite(equipment_.max)) {
        const Ticks top = to_ticks(heaviest());
        if (min + k * inc >= top) {
            n.below = top;
            return n;
        }
    }
    n.below = min + k * inc;
    n.above = *n.below + inc;
    return n;
}

std::string LoadRounder::text(double weight) const {
    return number_text(weight) + " " + units::unit_name(unit_);
}

RoundedLoad LoadRounder::round(double target_weight, RoundingMode mode) const {
    const Ticks target = to_ticks(target_weight);
    const Neighbours n = neighbours(target);
    Ticks chosen;
    if (!n.below) chosen = *n.above;
    else if (!n.above || mode == RoundingMode::Down) chosen = *n.below;
    else chosen = (target - *n.below) <= (*n.above - target) ? *n.below : *n.above;

    RoundedLoad out;
    out.target = target_weight;
    out.load = from_ticks(chosen);
    out.exact = chosen == target;
    if (plates_) out.plates = plates_->plates_for(chosen);

    const EquipmentType type = equipment_.type;
    // Messages are built only when needed: number formatting is costly in WASM and a
    // table rounds 60 loads per keystroke.
    const auto wanted = [&] { return text(target_weight); };
    if (!n.below) {
        const char* what = type == EquipmentType::Barbell    ? " is less than the empty bar; the lightest load is the bar alone, "
                           : type == EquipmentType::Dumbbell ? " is lighter than the lightest dumbbell, "
                                                             : " is below the machine's lightest setting, ";
        out.warnings.push_back(wanted() + what + text(out.load) + ".");
        return out;
    }
    if (!list_.empty()) {
        if (!n.above && target > list_.back())
            out.warnings.push_back(wanted() + " is heavier than the heaviest dumbbell, " + text(out.load) + ".");
        return out;
    }
    const Ticks start = plates_ ? plates_->bar() : to_ticks(equipment_.min);
    const Ticks step = plates_ ? plates_->grid_step() : to_ticks(equipment_.increment);
    const Ticks ideal = grid_round(target, start, step, mode);
    if (ideal == chosen) return out;
    if (!n.above) {  // the target is past the heaviest load
        const char* what = type == EquipmentType::Barbell    ? " is more than your plates can load; the heaviest is "
                           : type == EquipmentType::Dumbbell ? " is heavier than the heaviest dumbbell, "
                                                             : " is above the top of the stack, ";
        out.warnings.push_back(wanted() + what + text(out.load) + ".");
    } else {
        out.warnings.push_back("Your plates cannot make " + text(from_ticks(ideal)) +
                               " exactly; the closest you can load is " + text(out.load) + ".");
    }
    return out;
}

}  // namespace proximity::load
