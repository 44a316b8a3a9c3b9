#include "core/load/equipment.hpp"

#include "core/common/enum_names.hpp"

namespace proximity::load {

namespace {

constexpr std::array<EnumName<EquipmentType>, 3> kNames = {{{EquipmentType::Barbell, "barbell", "Barbell"},
                                                            {EquipmentType::Dumbbell, "dumbbell", "Dumbbells"},
                                                            {EquipmentType::Machine, "machine", "Machine or cable stack", "Machine"}}};

}  // namespace

const char* equipment_type_name(EquipmentType t) { return enum_name(kNames, t); }
std::optional<EquipmentType> equipment_type_from_name(const std::string& name) { return enum_from_name(kNames, name); }
std::vector<EnumLabel> equipment_type_labels() { return enum_labels(kNames); }
std::vector<std::string> equipment_type_ids() { return enum_ids(kNames); }

Equipment default_equipment(EquipmentType type, units::Unit unit) {
    const bool kg = unit == units::Unit::Kg;
    Equipment e;
    e.type = type;
    switch (type) {
        case EquipmentType::Barbell:
            e.bar = kg ? 20.0 : 45.0;
            // Six of the largest plate per side, two of every other size.
            e.plates = kg ? std::vector<PlateStock>{{25, 12}, {20, 4}, {15, 4}, {10, 4}, {5, 4}, {2.5, 4}, {1.25, 4}}
                          : std::vector<PlateStock>{{45, 12}, {35, 4}, {25, 4}, {10, 4}, {5, 4}, {2.5, 4}};
            break;
        case EquipmentType::Dumbbell:
            e.increment = e.min = kg ? 2.5 : 5.0;
            e.max = kg ? 50.0 : 100.0;
            break;
        case EquipmentType::Machine:
            e.increment = e.min = kg ? 5.0 : 10.0;
            break;
    }
    return e;
}

std::optional<double> load_per_side(double load, const Equipment& e) {
    if (e.type != EquipmentType::Barbell) return std::nullopt;
    return (load - e.bar) / 2.0;
}

}  // namespace proximity::load
