#pragma once
// Units of weight. Every load in one request shares one unit; convert() moves between
// them using the international avoirdupois pound: 1 lb = 0.45359237 kg exactly.
#include "core/common/enum_names.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::units {

enum class Unit { Kg, Lb };

constexpr double kKgPerLb = 0.45359237;

const char* unit_name(Unit u);  // "kg" / "lb"
std::optional<Unit> unit_from_name(const std::string& name);
std::vector<EnumLabel> unit_labels();
std::vector<std::string> unit_ids();  // "kg", "lb"

double convert(double value, Unit from, Unit to);

}  // namespace proximity::units
