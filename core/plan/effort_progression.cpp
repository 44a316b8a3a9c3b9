#include "core/plan/effort_progression.hpp"

#include "core/common/number_text.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::plan {

double effort_level(int week, int weeks) {
    if (weeks < 2) return kStartRir;
    const double exact = kStartRir * (1.0 - static_cast<double>(week) / (weeks - 1));
    return std::round(exact * 2.0) / 2.0;
}

double planned_rir(double level, LoadClass load_class) {
    return load_class == LoadClass::Isolation ? level : std::max(level, 1.0);
}

std::string effort_label(double level) {
    const double compound = planned_rir(level, LoadClass::Compound);
    if (compound == level) return "RIR " + number_text(level);
    return "RIR " + number_text(level) + "-" + number_text(compound);
}

}  // namespace proximity::plan
