#pragma once
// Exercise names as the apps write them, compared case- and punctuation-insensitively:
// "Bench Press (Barbell)", "bench press - barbell" and "BENCH PRESS BARBELL" are one
// name. The alias table (core/data/exercise_aliases.json) maps such names to library ids.
#include <string>
#include <string_view>
#include <unordered_map>

namespace proximity::history {

// Lowercase ASCII letters and digits, every other run of characters one space, trimmed:
// "Lat Pulldown - Wide Grip (Cable)" -> "lat pulldown wide grip cable". Bytes outside
// ASCII are kept, so "Développé couché" stays distinct from "Developpe couche".
std::string normalized_name(std::string_view name);

// Normalized alias -> library id, parsed once from core/data/exercise_aliases.json
// (defined in core/json/exercise_aliases_json.cpp).
const std::unordered_map<std::string, std::string>& builtin_aliases();

}  // namespace proximity::history
