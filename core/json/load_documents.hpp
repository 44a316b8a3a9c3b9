#pragma once
// The load shapes of core/json/load_writer.hpp as documents, for the full build's answers
// and files that hold them (a session's or a history's rounded loads, a profile's
// equipment): written once by the writers there and read back, so each shape has one
// definition.
#include "core/load/equipment.hpp"
#include "core/load/load_rounding.hpp"

#include <nlohmann/json.hpp>

namespace proximity {

nlohmann::json rounded_json(const load::RoundedLoad& r, const load::Equipment& equipment);
nlohmann::json equipment_json(const load::Equipment& e);

}  // namespace proximity
