#pragma once
// Which bias and +/- misjudgement an estimate uses, from what the caller knows:
// an explicit misjudgement wins, then a calibration with a spread (2+ failure test
// sets), then the default for the lifter's experience (intermediate when only a
// one-set calibration is known). The bias always comes from the calibration.
#include "core/load/rir_calibration.hpp"
#include "core/load/rir_misjudgement.hpp"

#include <optional>

namespace proximity::load {

enum class UncertaintyBasis { Given, Calibration, Experience };

struct UncertaintyRequest {
    std::optional<Experience> experience;
    std::optional<double> misjudgement;  // explicit +/- reps
    std::optional<RirCalibration> calibration;
};

struct RirUncertainty {
    double bias = 0;
    double misjudgement = 0;  // reps the true RIR may lie above the call
    double below = 0;         // ... below it (equal, except a beginner's default)
    UncertaintyBasis basis = UncertaintyBasis::Experience;
};

// nullopt when the request carries nothing (then no band is given).
std::optional<RirUncertainty> resolve_uncertainty(const UncertaintyRequest& request);

const char* uncertainty_basis_name(UncertaintyBasis b);  // "given" / "calibration" / "experience"

}  // namespace proximity::load
