#include "core/history/next_set_load.hpp"

#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"
#include "core/exercise/effective_load.hpp"
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
    const bool bodyweight = r.kind != exercise::LoadKind::External;
    if (bodyweight && !r.body_weight)
        throw_input_error("bodyWeight", "bodyWeight is required for a bodyweight or assisted exercise: its e1RM is "
                                        "worked out on the body weight with the added load or the assistance");
    const std::optional<double> moved = exercise::effective_load(r.kind, r.load, r.body_weight);
    if (!moved)
        throw_input_error("set.load", "set.load: an assistance of " + weight(r.load, r.unit) +
                                          " is the whole body weight or more");
    const load::OneRepMaxEstimate est = load::estimate_one_rep_max(*moved, effort, r.formula);
    out.e1rm = est.e1rm;
    out.warnings = est.warnings;
    const load::TargetLoad t = load::target_load(est.e1rm, r.target, r.formula);
    out.percent = t.percent;
    for (const auto& w : t.warnings) out.warnings.push_back(w);
    out.load = t.load;
    if (bodyweight) {
        const std::optional<double> logged = exercise::logged_load(r.kind, t.load, r.body_weight);
        out.load = logged.value_or(0);
        if (!logged)
            out.warnings.push_back(r.kind == exercise::LoadKind::BodyweightPlus
                                       ? "The target asks for less than your body weight: do it with no added "
                                         "load, or on the assisted variant."
                                       : "The target asks for more than your body weight: do it with no assistance.");
    }
    const load::LoadRounder rounder(r.equipment, r.unit);
    out.rounded = bodyweight ? rounder.round_added(out.load, r.rounding) : rounder.round(out.load, r.rounding);
    for (const auto& w : out.rounded.warnings) out.warnings.push_back(w);
    if (bodyweight) out.effective = exercise::effective_load(r.kind, out.rounded.load, r.body_weight);

    const std::string last = exercise::logged_load_words(r.kind, r.load, r.unit) + " x " + number_text(r.done.reps) + " " +
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
    why += "; for " + next + " the next load is " + exercise::logged_load_words(r.kind, out.rounded.load, r.unit);
    const char* what = r.kind == exercise::LoadKind::BodyweightMinus ? " assistance" : "";
    if (std::fabs(step) < 1e-9) why += ", the same as the last set.";
    else why += ", " + weight(std::fabs(step), r.unit) + (step > 0 ? " more" : " less") + what + " than the last set.";
    out.reason = why;
    return out;
}

}  // namespace proximity::history
