#pragma once
// Text limits count characters as a person (and an HTML maxlength) counts them: Unicode
// code points, not UTF-8 bytes, so a 39-letter Cyrillic name is 39, not 78.
#include <cstddef>
#include <string>

namespace proximity {

// The number of code points in UTF-8 `text` (bytes that do not start a code point are
// not counted; malformed text never reaches here, the JSON parser refuses it).
inline std::size_t code_points(const std::string& text) {
    std::size_t n = 0;
    for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

}  // namespace proximity
