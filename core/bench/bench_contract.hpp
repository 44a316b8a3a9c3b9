#pragma once
// The input and output fields of the measurement methods (scripts/bench only), described
// like the shipped methods' (core/shapes/*_contract.hpp) so the engine checks them the same way.
#include "core/shapes/analysis_contract.hpp"
#include "core/shapes/shared_fields.hpp"

namespace proximity::bench::contract {

using namespace shapes;  // the shared fields (kChecksum, the analysis options)
using api::Field;
using T = api::FieldType;

inline constexpr Field kRecomputeInput[] = {{"iterations", T::Integer, false, "repetitions to time (default 1000)"}};
inline constexpr Field kRecomputeOutput[] = {
    {"iterations", T::Integer, true, "repetitions done"},
    {"micros", T::Number, true, "microseconds for all of them"},
    {"perRecomputeMicros", T::Number, true, "microseconds per recompute"},
    kChecksum};

inline constexpr Field kAdviceInput[] = {{"iterations", T::Integer, false, "repetitions to time (default 1)"}};
inline constexpr Field kAdviceOutput[] = {
    {"sets", T::Integer, true, "sets advised per repetition"},
    {"micros", T::Number, true, "microseconds per repetition"},
    kChecksum};

inline constexpr Field kPlanEvaluationInput[] = {
    {"iterations", T::Integer, false, "repetitions to time (default 1)"},
    {"includePlan", T::Boolean, false, "also answer the plan evaluated (default false)"}};
inline constexpr Field kPlanEvaluationOutput[] = {
    kChecksum,
    {"iterations", T::Integer, true, "repetitions done"},
    {"plan", T::Object, false, "with includePlan: the plan evaluated"}};

inline constexpr Field kHistoryAnalysisInput[] = {
    Field{"iterations", T::Integer, false, "repetitions to time (default 1)"},
    Field{"part", T::String, false, "\"calibration\": time only the RIR calibration work"}, PROXIMITY_ANALYSIS_OPTION_FIELDS};
inline constexpr Field kHistoryAnalysisOutput[] = {
    kChecksum,
    {"sets", T::Integer, true, "sets in the kept history"}};

#undef PROXIMITY_ANALYSIS_OPTION_FIELDS

}  // namespace proximity::bench::contract
