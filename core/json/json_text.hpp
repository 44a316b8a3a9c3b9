#pragma once
// Parsing JSON text for the core. Use this instead of nlohmann::json::parse():
// json::parse() compiles nlohmann's per-value-callback parser in beside the plain one,
// and that second parser costs about 3 KB gzip of WASM that no caller needs.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace proximity {

// Throws InputError if the text breaks the input limits (core/common/input_limits.hpp),
// nlohmann::json::parse_error on malformed text (as json::parse does).
nlohmann::json parse_json(const std::string& text);

// "line 3, column 14": where byte offset `byte` (1-based, as parse_error::byte gives it)
// is in `text`, for messages about malformed JSON a person can find in their file.
std::string json_position_text(std::string_view text, std::size_t byte);

}  // namespace proximity
