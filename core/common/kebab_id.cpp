#include "core/common/kebab_id.hpp"

namespace proximity {

bool is_kebab_id(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    if (id.front() < 'a' || id.front() > 'z' || id.back() == '-') return false;
    char prev = 0;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && prev == '-')) return false;
        prev = c;
    }
    return true;
}

}  // namespace proximity
