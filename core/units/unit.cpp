#include "core/units/unit.hpp"

namespace proximity::units {

namespace {
constexpr std::array<EnumName<Unit>, 2> kUnits{{{Unit::Kg, "kg", "Kilograms", "kg"}, {Unit::Lb, "lb", "Pounds", "lb"}}};
}  // namespace

const char* unit_name(Unit u) { return enum_name(kUnits, u); }
std::optional<Unit> unit_from_name(const std::string& name) { return enum_from_name(kUnits, name); }
std::vector<EnumLabel> unit_labels() { return enum_labels(kUnits); }
std::vector<std::string> unit_ids() { return enum_ids(kUnits); }

double convert(double value, Unit from, Unit to) {
    if (from == to) return value;
    return from == Unit::Lb ? value * kKgPerLb : value / kKgPerLb;
}

}  // namespace proximity::units
