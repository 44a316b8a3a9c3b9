#include "core/load/rir_uncertainty.hpp"

#include "core/common/enum_names.hpp"

namespace proximity::load {

std::optional<RirUncertainty> resolve_uncertainty(const UncertaintyRequest& request) {
    if (!request.experience && !request.misjudgement && !request.calibration) return std::nullopt;
    RirUncertainty u;
    if (request.calibration) u.bias = request.calibration->bias;
    const auto calibrated = request.calibration ? calibrated_misjudgement(*request.calibration) : std::nullopt;
    if (request.misjudgement) {
        u.misjudgement = *request.misjudgement;
        u.basis = UncertaintyBasis::Given;
    } else if (calibrated) {
        u.misjudgement = *calibrated;
        u.basis = UncertaintyBasis::Calibration;
    } else {
        const Experience e = request.experience.value_or(Experience::Intermediate);
        u.misjudgement = default_misjudgement(e);
        u.below = default_misjudgement_below(e);
        u.basis = UncertaintyBasis::Experience;
        return u;
    }
    u.below = u.misjudgement;
    return u;
}

const char* uncertainty_basis_name(UncertaintyBasis b) {
    static constexpr std::array<EnumName<UncertaintyBasis>, 3> kNames = {
        {{UncertaintyBasis::Given, "given"},
         {UncertaintyBasis::Calibration, "calibration"},
         {UncertaintyBasis::Experience, "experience"}}};
    return enum_name(kNames, b);
}

}  // namespace proximity::load
