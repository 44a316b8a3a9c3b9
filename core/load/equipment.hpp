#pragma once
// What a lifter can actually load: a barbell with a plate inventory, a set of dumbbells,
// or a machine's weight stack. All weights are in the request's unit.
#include "core/common/enum_names.hpp"
#include "core/units/unit.hpp"

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace proximity::load {

enum class EquipmentType { Barbell, Dumbbell, Machine };

// Plates of one size. `count` is how many plates the lifter owns in total; a barbell
// is loaded in pairs, so floor(count / 2) can go on each side.
struct PlateStock {
    double weight = 0;
    int count = 0;
};

struct Equipment {
    EquipmentType type = EquipmentType::Barbell;
    // Barbell: the empty bar and the plates.
    double bar = 0;
    std::vector<PlateStock> plates;
    // Dumbbells: either an explicit list of weights...
    std::vector<double> weights;
    // ...or (dumbbells without a list, machines) min, min + increment, ... up to max.
    double increment = 0;
    double min = 0;
    double max = std::numeric_limits<double>::infinity();
};

const char* equipment_type_name(EquipmentType t);  // "barbell" / "dumbbell" / "machine"
std::optional<EquipmentType> equipment_type_from_name(const std::string& name);
std::vector<EnumLabel> equipment_type_labels();
std::vector<std::string> equipment_type_ids();  // "barbell", "dumbbell", "machine"

// Sensible defaults for a commercial gym (see core/load/README.md):
// barbell kg: 20 kg bar, 25/20/15/10/5/2.5/1.25 kg plates; lb: 45 lb bar,
// 45/35/25/10/5/2.5 lb plates; dumbbells 2.5-50 kg by 2.5 or 5-100 lb by 5;
// machine stacks by 5 kg or 10 lb.
Equipment default_equipment(EquipmentType type, units::Unit unit);

// What goes on each side of a barbell loaded to `load` (plates and collars, half of what
// is not the bar); none for other equipment.
std::optional<double> load_per_side(double load, const Equipment& e);

}  // namespace proximity::load
