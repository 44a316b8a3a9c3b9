#pragma once
// What estimateOneRepMax and loadForTarget work out, beyond the formulas: the RIR called,
// corrected by the lifter's calibration; the band the misjudgement of RIR allows; the
// rounded load; and the warnings a lifter should read with them (estimate_words.hpp).
#include "core/load/effort.hpp"
#include "core/load/equipment.hpp"
#include "core/load/load_rounding.hpp"
#include "core/load/one_rep_max.hpp"
#include "core/load/rir_band.hpp"
#include "core/load/rir_uncertainty.hpp"
#include "core/load/target_load.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::load {

struct EstimateAnswer {
    Effort called;  // as the lifter called it
    Effort effort;  // after the calibration
    OneRepMaxEstimate estimate;
    std::vector<std::string> warnings;
    std::optional<RirCalibration> calibration;
    std::optional<RirUncertainty> uncertainty;
    std::optional<Band> band;  // with an uncertainty
};
EstimateAnswer estimate_answer(double load, const Effort& called, Formula formula, const UncertaintyRequest& request);

struct TargetAnswer {
    TargetLoad target;
    RoundedLoad rounded;
    std::vector<std::string> warnings;
    std::optional<RirCalibration> calibration;
    std::optional<double> perceived_rir;  // with a calibration: the RIR to stop at by feel
    std::optional<RirUncertainty> uncertainty;
    std::optional<Band> band;               // with an uncertainty
    double band_low = 0, band_high = 0;     // the band's loads, rounded
};
TargetAnswer target_answer(double e1rm, const Effort& target, Formula formula, const Equipment& equipment,
                           units::Unit unit, RoundingMode mode, const UncertaintyRequest& request);

}  // namespace proximity::load
