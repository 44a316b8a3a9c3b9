#pragma once
// Where a byte of a text is, for people: "line 3, column 14".
#include <cstddef>
#include <string>
#include <string_view>

namespace proximity {

// Line and column (1-based) of the 1-based byte offset `byte` (as nlohmann's parse
// errors report it) in `text`.
std::string text_position(std::string_view text, size_t byte);

}  // namespace proximity
