#pragma once
// What an estimate or a target load says besides its numbers: reps to failure as shown,
// and the warnings a lifter should read with it.
#include "core/load/effort.hpp"
#include "core/load/formula.hpp"
#include "core/load/rir_band.hpp"
#include "core/load/rir_calibration.hpp"

#include <string>
#include <vector>

namespace proximity::load {

// Reps to failure as answered and shown: to a tenth of a rep (a corrected RIR is not a whole
// number, and "7.47 reps to failure" claims a precision no RIR call has).
double shown_reps(double reps_to_failure);

// When the band was cut short where the equation stops being defined.
void add_clipped_warning(std::vector<std::string>& warnings, const Band& band, Formula formula);

// When the lifter's calibration puts the called set below RIR 0 (it is read as RIR 0).
void add_below_failure_warning(std::vector<std::string>& warnings, const Effort& called, const RirCalibration& c);

// calibrateRir's warnings: one test gives a bias but no spread.
std::vector<std::string> calibration_warnings(const RirCalibration& c);

}  // namespace proximity::load
