#include "core/history/next_set_load.hpp"

#include "core/common/number_text.hpp"
#include "core/load/one_rep_max.hpp"
#include "core/load/rir_calibration.hpp"
#include "core/load/target_load.hpp"

#include <cmath>

namespace proximity::history {

namespace {

std::string effort_words(const load::Effort& e, bool failure) {
    if (failure) return "to failure";
    return "at RIR " + number_text(e.rir, 1);
}

std::string weight(double v, units::Unit u) { return number_text(v, 2) + " " + units::unit_name(u); }

}  // namespace

NextSetLoad next_set_load(const NextSetRequest& r) {
    NextSetLoad out;
    const load::Effort effort = r.failure_reps ? load::Effort{double(*r.failure_reps), 0}
                                : r.failure    ? r.done
                                               : load::corrected_effort(r.done, r.bias);
    const load::OneRepMaxEstimate est = load::estimate_one_rep_max(r.load, effort, r.formula);
    out.e1rm = est.e1rm;
    out.warnings = est.warnings;
    const load::TargetLoad t = load::target_load(est.e1rm, r.target, r.formula);
    out.load = t.load;
    out.percent = t.percent;
    for (const auto& w : t.warnings) out.warnings.push_back(w);
    out.rounded = load::LoadRounder(r.equipment, r.unit).round(t.load, r.rounding);
    for (const auto& w : out.rounded.warnings) out.warnings.push_back(w);

    const std::string last = weight(r.load, r.unit) + " x " + number_text(r.done.reps) + " " +
                             effort_words(r.done, r.failure);
    const std::string next = number_text(r.target.reps) + " reps at RIR " + number_text(r.target.rir, 1);
    std::string why = "Your last set (" + last + ")";
    if (r.failure_reps)
        why += ", carried on to failure at " + number_text(*r.failure_reps) + " reps,";
    else if (!r.failure && std::fabs(effort.rir - r.done.rir) >= 0.05)
        why += ", read as RIR " + number_text(effort.rir, 1) + " by your calibration,";
    why += " puts your e1RM at " + weight(est.e1rm, r.unit);
    if (r.e1rm_before) {
        out.change = est.e1rm - *r.e1rm_before;
        const double pct = *out.change / *r.e1rm_before * 100;
        if (std::fabs(pct) < 1) why += ", as expected (" + weight(*r.e1rm_before, r.unit) + " before)";
        else
            why += std::string(pct > 0 ? ", " : ", ") + number_text(std::fabs(pct), 1) + "% " +
                   (pct > 0 ? "above" : "below") + " the " + weight(*r.e1rm_before, r.unit) +
                   " it was (the set " + (pct > 0 ? "went better" : "was harder") + " than expected)";
    }
    const double step = out.rounded.load - r.load;
    why += "; for " + next + " the next load is " + weight(out.rounded.load, r.unit);
    if (std::fabs(step) < 1e-9) why += ", the same as the last set.";
    else why += ", " + weight(std::fabs(step), r.unit) + (step > 0 ? " more" : " less") + " than the last set.";
    out.reason = why;
    return out;
}

}  // namespace proximity::history
