#include "core/common/quoted_text.hpp"

#include <cstdio>

namespace proximity {

namespace {

constexpr std::size_t kShownCharacters = 80;  // longer text is cut with an ellipsis
constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at text[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > text.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
    if (n == 2 && b < 0xC2) return 0;  // overlong
    if (n == 3) {
        const auto c = static_cast<unsigned char>(text[i + 1]);
        if ((b == 0xE0 && c < 0xA0) || (b == 0xED && c >= 0xA0)) return 0;  // overlong, surrogate
    }
    if (n == 4) {
        const auto c = static_cast<unsigned char>(text[i + 1]);
        if ((b == 0xF0 && c < 0x90) || b > 0xF4 || (b == 0xF4 && c >= 0x90)) return 0;
    }
    return n;
}

}  // namespace

std::string quoted_input(std::string_view text) {
    std::string out = "\"";
    std::size_t shown = 0;
    for (std::size_t i = 0; i < text.size(); ++shown) {
        if (shown == kShownCharacters) {
            out += "\xE2\x80\xA6";  // the ellipsis
            break;
        }
        const char c = text[i];
        const std::size_t n = utf8_length(text, i);
        if (n == 0) {
            out += kReplacement;
            ++i;
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
            ++i;
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
            out += escaped;
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    out += '"';
    return out;
}

}  // namespace proximity
