#include "core/policy/effect.hpp"

namespace proximity::policy {

bool Effect::touches_techniques() const {
    for (const auto& t : techniques)
        if (t.present) return true;
    return false;
}

}  // namespace proximity::policy
