#include "core/common/input_limits.hpp"

#include "core/common/input_error.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace proximity {

namespace {

// Where the scan is: one frame per open object or array, for the field names in errors.
struct Frame {
    bool object;
    std::string key;     // objects: the last key read
    std::size_t index;   // arrays: the current item
    bool expect_key;     // objects: the next string is a key
};

std::string frames_path(const std::vector<Frame>& frames) {
    std::string out;
    for (const Frame& f : frames) {
        if (f.object) {
            if (f.key.empty()) continue;
            out += (out.empty() ? "" : ".") + f.key;
        } else {
            out += "[" + std::to_string(f.index) + "]";
        }
    }
    return out;
}

bool number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

}  // namespace

void throw_too_large(const std::string& field, std::size_t max_bytes) {
    throw_input_error(field, (field.empty() ? std::string("the input") : field) + " is too large (over " +
                                 std::to_string(max_bytes / (1024 * 1024)) + " MB)");
}

void throw_too_many_values(const std::string& where) {
    throw_input_error(where, "the input holds too many values (over " + std::to_string(kMaxInputValues) + ")");
}

void throw_nested_too_deep(const std::string& where) {
    throw_input_error(where, "the input is nested more than " + std::to_string(kMaxNesting) + " levels deep");
}

void check_input_text(const std::string& text, const std::string& field, std::size_t max_bytes) {
    if (text.size() > max_bytes) throw_too_large(field, max_bytes);
    std::vector<Frame> frames;
    std::size_t values = 0;
    const auto count_value = [&] {
        if (++values > kMaxInputValues) throw_too_many_values(frames_path(frames));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t start = ++i;
            while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
            if (!frames.empty() && frames.back().object && frames.back().expect_key) {
                frames.back().key = text.substr(start, std::min(i, text.size()) - start);
                frames.back().expect_key = false;
            } else {
                count_value();
            }
        } else if (c == '{' || c == '[') {
            count_value();
            if (frames.size() >= static_cast<std::size_t>(kMaxNesting)) throw_nested_too_deep(frames_path(frames));
            frames.push_back(Frame{c == '{', "", 0, c == '{'});
        } else if (c == '}' || c == ']') {
            if (!frames.empty()) frames.pop_back();
        } else if (c == ',') {
            if (frames.empty()) continue;
            if (frames.back().object) frames.back().expect_key = true;
            else ++frames.back().index;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            count_value();
            std::size_t end = i;
            while (end < text.size() && number_char(text[end])) ++end;
            const std::string token = text.substr(i, end - i);
            errno = 0;
            const double v = std::strtod(token.c_str(), nullptr);
            if (std::isinf(v) || (errno == ERANGE && std::fabs(v) > 1.0)) {
                const std::string where = frames_path(frames);
                throw_input_error(where, (where.empty() ? std::string("a number") : where) +
                                             " is too large to be a number (got " +
                                             (token.size() > 24 ? token.substr(0, 21) + "..." : token) + ")");
            }
            i = end - 1;
        } else if (c == 't' || c == 'f' || c == 'n') {
            count_value();
            while (i + 1 < text.size() && text[i + 1] >= 'a' && text[i + 1] <= 'z') ++i;
        }
    }
}

}  // namespace proximity
