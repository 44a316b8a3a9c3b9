#pragma once
// Parsing JSON text for the core. Use this instead of nlohmann::json::parse():
// json::parse() compiles nlohmann's per-value-callback parser in beside the plain one,
// and that second parser costs about 3 KB gzip of WASM that no caller needs.
#include <nlohmann/json.hpp>

#include <string>

namespace proximity {

// Throws InputError if the text breaks the input limits (core/common/input_limits.hpp),
// nlohmann::json::parse_error on malformed text (as json::parse does).
nlohmann::json parse_json(const std::string& text);

}  // namespace proximity
