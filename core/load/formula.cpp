#include "core/load/formula.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::load {

namespace {

// RTS-style chart, RPE 10 row continued: %1RM for 1..16 reps to failure. A cell of the
// reps x RPE table equals this row read at reps + (10 - RPE).
constexpr std::array<double, 16> kRpeChartPercent = {100.0, 95.5, 92.2, 89.2, 86.3, 83.7,
                                                     81.1,  78.6, 76.2, 73.9, 70.7, 68.0,
                                                     65.3,  62.6, 59.9, 57.2};

// e1RM / load for each equation, r = reps to failure.
double multiplier(Formula f, double r) {
    switch (f) {
        case Formula::Epley: return 1.0 + r / 30.0;
        case Formula::Brzycki: return 36.0 / (37.0 - r);
        case Formula::Lander: return 100.0 / (101.3 - 2.67123 * r);
        case Formula::Lombardi: return std::pow(r, 0.10);
        case Formula::Mayhew: return 100.0 / (52.2 + 41.9 * std::exp(-0.055 * r));
        case Formula::OConner: return 1.0 + 0.025 * r;
        case Formula::Wathen: return 100.0 / (48.8 + 53.8 * std::exp(-0.075 * r));
        case Formula::RpeChart: break;
    }
    return 0.0;
}

std::optional<double> rpe_chart_fraction(double r) {
    if (r < 1.0 || r > static_cast<double>(kRpeChartPercent.size())) return std::nullopt;
    const double lower = std::floor(r);
    const auto i = static_cast<size_t>(lower) - 1;
    const double t = r - lower;  // half steps read the midpoint of two cells
    const double pct = t == 0.0 ? kRpeChartPercent[i]
                                : kRpeChartPercent[i] + t * (kRpeChartPercent[i + 1] - kRpeChartPercent[i]);
    return pct / 100.0;
}

constexpr std::array<EnumName<Formula>, kAllFormulas.size()> kFormulaNames = {
    {{Formula::Epley, "epley", "Epley"},
     {Formula::Brzycki, "brzycki", "Brzycki"},
     {Formula::Lander, "lander", "Lander"},
     {Formula::Lombardi, "lombardi", "Lombardi"},
     {Formula::Mayhew, "mayhew", "Mayhew et al.", "Mayhew"},
     {Formula::OConner, "oconner", "O'Conner et al.", "O'Conner"},
     {Formula::Wathen, "wathen", "Wathen"},
     {Formula::RpeChart, "rpeChart", "RPE chart"}}};

}  // namespace

const char* formula_name(Formula f) { return enum_name(kFormulaNames, f); }
std::optional<Formula> formula_from_name(const std::string& name) {
    if (name == "wathan") return Formula::Wathen;  // the misspelt id of earlier versions (saved settings)
    return enum_from_name(kFormulaNames, name);
}
std::string formula_names_list() { return enum_names_list(kFormulaNames); }
const char* formula_label(Formula f) { return enum_label(kFormulaNames, f); }
std::vector<EnumLabel> formula_labels() { return enum_labels(kFormulaNames); }

std::optional<double> fraction_of_one_rep_max(Formula f, double r) {
    if (!(r >= 1.0)) return std::nullopt;
    if (f == Formula::RpeChart) return rpe_chart_fraction(r);
    // Between one and two reps the fraction runs straight from 1 (a single to failure is
    // the 1RM) to the equation's own value at two reps: no step at r = 1, and the
    // published values from two reps on.
    const double m = multiplier(f, std::max(r, 2.0));
    if (!(m > 0.0) || !std::isfinite(m)) return std::nullopt;
    const double fraction = r < 2.0 ? 1.0 + (r - 1.0) * (1.0 / m - 1.0) : 1.0 / m;
    if (fraction < kMinFraction) return std::nullopt;  // the equation has lost its meaning
    return fraction;
}

}  // namespace proximity::load
