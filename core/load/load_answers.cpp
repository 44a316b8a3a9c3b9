#include "core/load/load_answers.hpp"

#include "core/load/estimate_words.hpp"
#include "core/load/rir_calibration.hpp"

#include <algorithm>

namespace proximity::load {

EstimateAnswer estimate_answer(double load, const Effort& called, Formula formula, const UncertaintyRequest& request) {
    EstimateAnswer a;
    a.called = called;
    a.calibration = request.calibration;
    a.uncertainty = resolve_uncertainty(request);
    a.effort = corrected_effort(called, a.uncertainty ? a.uncertainty->bias : 0.0);
    a.estimate = estimate_one_rep_max(load, a.effort, formula);
    a.warnings = a.estimate.warnings;
    if (a.calibration) add_below_failure_warning(a.warnings, called, *a.calibration);
    if (a.uncertainty) {
        a.band = one_rep_max_band(load, a.effort, a.uncertainty->below, a.uncertainty->misjudgement, formula);
        add_clipped_warning(a.warnings, *a.band, formula);
    }
    return a;
}

TargetAnswer target_answer(double e1rm, const Effort& target, Formula formula, const Equipment& equipment,
                           units::Unit unit, RoundingMode mode, const UncertaintyRequest& request) {
    TargetAnswer a;
    a.calibration = request.calibration;
    a.uncertainty = resolve_uncertainty(request);
    a.target = target_load(e1rm, target, formula);
    const LoadRounder rounder(equipment, unit);
    a.rounded = rounder.round(a.target.load, mode);
    a.warnings = a.target.warnings;
    a.warnings.insert(a.warnings.end(), a.rounded.warnings.begin(), a.rounded.warnings.end());
    // To end truly at the target, stop when it feels like target - bias.
    if (a.calibration) a.perceived_rir = std::max(0.0, target.rir - a.calibration->bias);
    if (a.uncertainty) {
        a.band = target_load_band(e1rm, target, a.uncertainty->below, a.uncertainty->misjudgement, formula);
        add_clipped_warning(a.warnings, *a.band, formula);
        a.band_low = rounder.round(a.band->low, mode).load;
        a.band_high = rounder.round(a.band->high, mode).load;
    }
    return a;
}

}  // namespace proximity::load
