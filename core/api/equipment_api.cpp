#include "core/api/handlers.hpp"

#include "core/json/load_reader.hpp"
#include "core/json/load_writer.hpp"
#include "core/json/json_fields.hpp"

namespace proximity::api {

using nlohmann::json;
using namespace proximity::load;

void round_load(const json& in, Call& call) {
    AnswerWriter& w = call.writer();
    const double target = read_load(in, "load");
    const units::Unit unit = read_unit(in);
    const Equipment equipment = read_equipment_or_barbell(in, unit);
    const RoundingMode mode = read_rounding(in);
    const LoadRounder rounder(equipment, unit);
    write_rounded_members(w, rounder.round(target, mode), equipment);
    w.field("unit", units::unit_name(unit)).field("rounding", rounding_mode_name(mode));
    // An open-ended stack has no heaviest load: infinity is written as null.
    w.field("lightest", rounder.lightest()).field("heaviest", rounder.heaviest()).end_object();
}

void default_equipment(const json& in, Call& call) {
    AnswerWriter& w = call.writer();
    const units::Unit unit = read_unit(in);
    const std::string type = fields::read_enum_or(in, "type", "", equipment_type_ids(), "barbell");
    const EquipmentType t = *equipment_type_from_name(type);
    write_equipment_members(w, load::default_equipment(t, unit));
    w.field("unit", units::unit_name(unit)).end_object();
}

void convert_unit(const json& in, Call& call) {
    AnswerWriter& w = call.writer();
    const double value = fields::read_number(in, "value", "", 0.0, 100.0 * load::kMaxLoad);
    const std::string from_name = fields::read_enum(in, "from", "", units::unit_ids());
    const std::string to_name = fields::read_enum(in, "to", "", units::unit_ids());
    const units::Unit from = *units::unit_from_name(from_name), to = *units::unit_from_name(to_name);
    w.begin_object().field("value", units::convert(value, from, to)).field("unit", to_name).end_object();
}

}  // namespace proximity::api
