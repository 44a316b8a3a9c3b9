#include "core/api/equipment_api.hpp"

#include "core/api/load_inputs.hpp"
#include "core/api/load_outputs.hpp"
#include "core/json/json_fields.hpp"

namespace proximity::api {

using nlohmann::json;
using namespace proximity::load;

json round_load(const json& raw) {
    const json& in = fields::require_object(raw, "");
    const double target = read_load(in, "load");
    const units::Unit unit = read_unit(in);
    const Equipment equipment =
        read_equipment(in, unit).value_or(load::default_equipment(EquipmentType::Barbell, unit));
    const RoundingMode mode = read_rounding(in);
    const LoadRounder rounder(equipment, unit);
    json out = rounded_json(rounder.round(target, mode), equipment);
    out["unit"] = units::unit_name(unit);
    out["rounding"] = rounding_mode_name(mode);
    out["lightest"] = rounder.lightest();
    out["heaviest"] = std::isfinite(rounder.heaviest()) ? json(rounder.heaviest()) : json(nullptr);
    return out;
}

json default_equipment(const json& raw) {
    const json& in = fields::require_object(raw, "");
    const units::Unit unit = read_unit(in);
    const std::string type = fields::read_enum_or(in, "type", "", {"barbell", "dumbbell", "machine"}, "barbell");
    const EquipmentType t = *equipment_type_from_name(type);
    json out = equipment_json(load::default_equipment(t, unit));
    out["unit"] = units::unit_name(unit);
    return out;
}

json convert_unit(const json& raw) {
    const json& in = fields::require_object(raw, "");
    const double value = fields::read_number(in, "value", "", 0.0, 100.0 * kMaxLoad);
    const std::string from_name = fields::read_enum(in, "from", "", {"kg", "lb"});
    const std::string to_name = fields::read_enum(in, "to", "", {"kg", "lb"});
    const units::Unit from = *units::unit_from_name(from_name), to = *units::unit_from_name(to_name);
    json out = json::object();
    out["value"] = units::convert(value, from, to);
    out["unit"] = to_name;
    return out;
}

}  // namespace proximity::api
