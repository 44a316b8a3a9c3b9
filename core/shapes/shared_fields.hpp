#pragma once
// Fields several methods take or answer with the same meaning, written once for the
// contract headers (core/shapes/*_contract.hpp).
#include "core/shapes/field.hpp"
#include "core/shapes/load_shapes.hpp"

namespace proximity::shapes {

// Taken
inline constexpr Field kFormulaInput{"formula", FieldType::String, false, "the e1RM equation (default epley)", "formula"};
inline constexpr Field kUnitInput{"unit", FieldType::String, false, "kg or lb (default kg)", "unit"};
inline constexpr Field kRoundingInput{"rounding", FieldType::String, false, "nearest (default) or down", "rounding"};
inline constexpr Field kCalibrationInput{"calibration", FieldType::Object, false,
                                         "failure test sets {sets} or a saved calibrateRir answer", nullptr, nullptr,
                                         nullptr, &kCalibration};

// Answered
inline constexpr Field kFormulaUsed{"formula", FieldType::String, true, "the equation used", "formula"};
inline constexpr Field kUnitOfLoads{"unit", FieldType::String, true, "the unit of every load", "unit"};
inline constexpr Field kChecksum{"checksum", FieldType::Number, true,
                                 "a sum of the answers, so the work is not optimised away"};

}  // namespace proximity::shapes
