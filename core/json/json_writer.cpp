#include "core/json/json_writer.hpp"

#include <nlohmann/detail/conversions/to_chars.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace proximity {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// Length of the valid UTF-8 sequence starting at s[i] (of `size` bytes), or 0 if it is not one.
std::size_t utf8_length(const char* s, std::size_t size, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the second byte's range
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + n > size) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return n;
}

// A character written as it is.
bool plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// Quoted and escaped as nlohmann::json's dump does (control characters as \uXXXX,
// the short escapes where JSON has them); bytes that are not UTF-8 become U+FFFD, so
// that writing an answer never fails whatever text an error quotes back.
void append_quoted(std::string& out, const char* text, std::size_t size) {
    out += '"';
    for (std::size_t i = 0; i < size;) {
        std::size_t run = i;  // copied as it is, in one piece (names and most text)
        while (run < size && plain(static_cast<unsigned char>(text[run]))) ++run;
        out.append(text + i, run - i);
        i = run;
        if (i == size) break;
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t n = utf8_length(text, size, i);
            if (n == 0) {
                out += "\xEF\xBF\xBD";
                ++i;
            } else {
                out.append(text + i, n);
                i += n;
            }
            continue;
        }
        ++i;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    out += "\\u00";
                    out += kHex[c >> 4];
                    out += kHex[c & 0xF];
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
}

}  // namespace

void JsonWriter::separate() {
    if (!first_) out_ += ',';
    first_ = false;
}

// A short token with the comma before it, appended in one piece (a character at a time
// costs a call each in the WASM build).
void JsonWriter::token(const char* text, std::size_t size) {
    char buffer[80];
    std::size_t n = 0;
    if (!first_) buffer[n++] = ',';
    first_ = false;
    std::memcpy(buffer + n, text, size);
    out_.append(buffer, n + size);
}

JsonWriter& JsonWriter::begin_object() {
    token("{", 1);
    first_ = true;
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    out_ += '}';
    first_ = false;
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    token("[", 1);
    first_ = true;
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    out_ += ']';
    first_ = false;
    return *this;
}

JsonWriter& JsonWriter::key(const char* name) {
    const std::size_t size = std::strlen(name);
    bool simple = size <= 64;  // a member name as the core writes them: no escapes
    for (std::size_t i = 0; simple && i < size; ++i) simple = plain(static_cast<unsigned char>(name[i]));
    if (simple) {
        char buffer[72];
        buffer[0] = '"';
        std::memcpy(buffer + 1, name, size);
        buffer[size + 1] = '"';
        buffer[size + 2] = ':';
        token(buffer, size + 3);
    } else {
        separate();
        append_quoted(out_, name, size);
        out_ += ':';
    }
    first_ = true;  // the value that follows takes no comma
    return *this;
}

JsonWriter& JsonWriter::number(double value) {
    if (!std::isfinite(value)) return null();
    char buffer[64];
    char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value);
    token(buffer, static_cast<std::size_t>(end - buffer));
    return *this;
}

JsonWriter& JsonWriter::integer(long long value) {
    char buffer[24];
    const char* end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    token(buffer, static_cast<std::size_t>(end - buffer));
    return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
    if (value) token("true", 4);
    else token("false", 5);
    return *this;
}

JsonWriter& JsonWriter::string(const char* text) {
    separate();
    append_quoted(out_, text, std::strlen(text));
    return *this;
}

JsonWriter& JsonWriter::string(const std::string& text) {
    separate();
    append_quoted(out_, text.data(), text.size());
    return *this;
}

JsonWriter& JsonWriter::null() {
    token("null", 4);
    return *this;
}

}  // namespace proximity
