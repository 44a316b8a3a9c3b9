#include "core/units/unit.hpp"

namespace proximity::units {

const char* unit_name(Unit u) { return u == Unit::Kg ? "kg" : "lb"; }

std::optional<Unit> unit_from_name(const std::string& name) {
    if (name == "kg") return Unit::Kg;
    if (name == "lb") return Unit::Lb;
    return std::nullopt;
}

double convert(double value, Unit from, Unit to) {
    if (from == to) return value;
    return from == Unit::Lb ? value * kKgPerLb : value / kKgPerLb;
}

}  // namespace proximity::units
