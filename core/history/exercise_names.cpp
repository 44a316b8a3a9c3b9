#include "core/history/exercise_names.hpp"

namespace proximity::history {

std::string normalized_name(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool gap = false;
    for (char c : name) {
        const unsigned char u = static_cast<unsigned char>(c);
        const bool word = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
        if (!word) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out += ' ';
        gap = false;
        out += (u >= 'A' && u <= 'Z') ? static_cast<char>(u - 'A' + 'a') : c;
    }
    return out;
}

}  // namespace proximity::history
