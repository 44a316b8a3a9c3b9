#include "core/plan/muscle_fatigue.hpp"

#include <algorithm>

namespace proximity::plan {

std::vector<std::string> signs_for(const std::vector<MuscleFatigue>& fatigue, const exercise::Exercise& e) {
    std::vector<std::string> out;
    for (const MuscleFatigue& f : fatigue) {
        const bool concerns = f.muscles.empty() || std::any_of(f.muscles.begin(), f.muscles.end(), [&](exercise::Muscle m) {
                                  return std::find(e.primary.begin(), e.primary.end(), m) != e.primary.end();
                              });
        if (concerns && std::find(out.begin(), out.end(), f.sign) == out.end()) out.push_back(f.sign);
    }
    return out;
}

}  // namespace proximity::plan
