#pragma once
// The fields of the load methods (core/api/load_api.cpp, equipment_api.cpp): what each
// takes and answers. The engine checks the input against them (core/api/field_check.hpp);
// the handlers check each value against the same limits (core/load/effort.hpp,
// core/json/load_reader.hpp); px.describe() publishes them.
#include "core/shapes/field.hpp"
#include "core/shapes/load_answer_shapes.hpp"
#include "core/shapes/shared_fields.hpp"

namespace proximity::shapes {

using T = FieldType;

// The effort of a set, and what the band of misjudgement is taken from.
#define PROXIMITY_EFFORT_FIELDS                                                                                   \
    Field{"reps", T::Integer, true, "reps done (or to do)", nullptr, "reps"},                                    \
        Field{"rir", T::Number, false, "reps in reserve (give rir or rpe)", nullptr, "rir"},                     \
        Field{"rpe", T::Number, false, "RPE, 10 - RIR (give rir or rpe)", nullptr, "rpe"}
#define PROXIMITY_EXPERIENCE_FIELDS                                                                               \
    Field{"experience", T::String, false, "training experience: the band of RIR misjudgement, the calibration's prior", \
          "experience"},                                                                                          \
        Field{"lifter", T::Object, false, "the same as experience, as the planner gives it", nullptr, nullptr,    \
              nullptr, &kExperienceLifter}
#define PROXIMITY_UNCERTAINTY_FIELDS                                                                              \
    PROXIMITY_EXPERIENCE_FIELDS,                                                                                  \
        Field{"misjudgement", T::Number, false, "+/- reps the RIR call may be off (overrides experience)",        \
              nullptr, "rir"},                                                                                    \
        kCalibrationInput
#define PROXIMITY_COMMON_FIELDS                                                                                   \
    kFormulaInput, kUnitInput
#define PROXIMITY_EQUIPMENT_FIELDS                                                                                \
    Field{"equipment", T::Object, false, "what the lifter can load (default: a barbell and the unit's plates)", \
          nullptr, nullptr, nullptr, &kEquipment},                                                                \
        kRoundingInput

inline constexpr Field kEstimateOneRepMaxInput[] = {
    Field{"load", T::Number, true, "the load lifted, kg or lb", nullptr, "load"}, PROXIMITY_EFFORT_FIELDS,
    PROXIMITY_COMMON_FIELDS, PROXIMITY_UNCERTAINTY_FIELDS,
    Field{"table", T::Boolean, false, "also answer the load table at this e1RM (the calculator's one call)"},
    Field{"maxReps", T::Integer, false, "the table's rows from 1 rep to this (default 12)", nullptr, "reps"},
    PROXIMITY_EQUIPMENT_FIELDS};
inline constexpr Field kLoadTableOutput[] = {
    {"e1rm", T::Number, true, "the one-rep max the table is for"},
    kFormulaUsed,
    kUnitOfLoads,
    {"rounding", T::String, true, "how loads were rounded", "rounding"},
    {"equipment", T::Object, true, "the equipment loads were rounded to", nullptr, nullptr, nullptr, &kEquipment},
    {"rir", T::Array, true, "the columns, as reps in reserve", nullptr, nullptr, "number"},
    {"rpe", T::Array, true, "the same columns on the RPE scale", nullptr, nullptr, "number"},
    {"rows", T::Array, true, "one row per rep count", nullptr, nullptr, "object", &kLoadTableRow}};
inline constexpr Shape kLoadTable{"LoadTable", "Loads for each rep count at each RIR, as loadTable answers.",
                                  kLoadTableOutput};

inline constexpr Field kEstimateOneRepMaxOutput[] = {
    {"e1rm", T::Number, true, "the estimated one-rep max"},
    kFormulaUsed,
    kUnitOfLoads,
    {"rir", T::Number, true, "reps in reserve the estimate uses (after calibration)"},
    {"calledRir", T::Number, true, "reps in reserve as called"},
    {"calledRpe", T::Number, true, "the same on the RPE scale"},
    {"repsToFailure", T::Number, true, "reps + rir, to a tenth of a rep (as shown)"},
    {"byFormula", T::Object, true, "formula -> e1RM, null where the equation is refused", "formula", nullptr,
     "number"},
    {"warnings", T::Array, true, "what a lifter should know about this estimate", nullptr, nullptr, "string"},
    {"calibration", T::Object, false, "the calibration applied", nullptr, nullptr, nullptr, &kCalibrationApplied},
    {"band", T::Object, false, "the e1RM range the RIR misjudgement allows", nullptr, nullptr, nullptr, &kLoadBand},
    {"table", T::Object, false, "with table: true, the load table at the e1RM (as loadTable answers)", nullptr,
     nullptr, nullptr, &kLoadTable}};

inline constexpr Field kLoadForTargetInput[] = {
    Field{"e1rm", T::Number, true, "the lifter's one-rep max, kg or lb", nullptr, "load"}, PROXIMITY_EFFORT_FIELDS,
    PROXIMITY_COMMON_FIELDS, PROXIMITY_EQUIPMENT_FIELDS, PROXIMITY_UNCERTAINTY_FIELDS};
inline constexpr Field kLoadForTargetOutput[] = {
    {"load", T::Number, true, "the load for the target, unrounded"},
    {"percent", T::Number, true, "the load as a percent of the e1RM"},
    kFormulaUsed,
    kUnitOfLoads,
    {"rounding", T::String, true, "how the load was rounded", "rounding"},
    {"rounded", T::Object, true, "the nearest load the equipment makes", nullptr, nullptr, nullptr, &kRoundedLoad},
    {"warnings", T::Array, true, "what a lifter should know about this load", nullptr, nullptr, "string"},
    {"calibration", T::Object, false, "the calibration applied", nullptr, nullptr, nullptr, &kCalibrationApplied},
    {"perceivedRir", T::Number, false, "the RIR to stop at by feel, after calibration"},
    {"band", T::Object, false, "the load range the RIR misjudgement allows, with its rounded loads", nullptr, nullptr,
     nullptr, &kLoadBand}};

inline constexpr Field kLoadTableInput[] = {
    Field{"e1rm", T::Number, true, "the lifter's one-rep max, kg or lb", nullptr, "load"},
    Field{"maxReps", T::Integer, false, "rows from 1 rep to this (default 12)", nullptr, "reps"},
    PROXIMITY_COMMON_FIELDS, PROXIMITY_EQUIPMENT_FIELDS};
inline constexpr Field kCalibrateRirInput[] = {
    {"sets", T::Array, true, "failure test sets", nullptr, nullptr, "object", &kFailureTestSet},
    PROXIMITY_EXPERIENCE_FIELDS};
inline constexpr Field kCalibrateRirOutput[] = {
    {"bias", T::Number, true, "how far the RIR calls miss, reps (+: more in reserve than called), the log's model"},
    {"spread", T::Number, false, "how far each call scatters around the bias (from 2 sets)"},
    {"count", T::Integer, true, "failure test sets used"},
    {"misjudgement", T::Number, true, "the band's +/- reps from this calibration"},
    {"words", T::String, true, "the calibration in a lifter's words"},
    {"prior", T::Object, true, "the published average the tests are weighed against", nullptr, nullptr, nullptr,
     &kCallPrior},
    {"sets", T::Array, true, "each test: what was really in reserve", nullptr, nullptr, "object", &kTestedCall},
    {"warnings", T::Array, true, "what a lifter should know", nullptr, nullptr, "string"}};

inline constexpr Field kRoundLoadInput[] = {
    Field{"load", T::Number, true, "the load to round, kg or lb", nullptr, "load"},
    kUnitInput, PROXIMITY_EQUIPMENT_FIELDS};
inline constexpr Field kRoundLoadOutput[] = {
    PROXIMITY_ROUNDED_LOAD_FIELDS,
    Field{"unit", T::String, true, "the unit", "unit"},
    Field{"rounding", T::String, true, "how it was rounded", "rounding"},
    Field{"lightest", T::Number, true, "the lightest load the equipment makes"},
    Field{"heaviest", T::Number, false, "the heaviest, null when there is no limit"}};

inline constexpr Field kDefaultEquipmentInput[] = {
    kUnitInput,
    {"type", T::String, false, "barbell (default), dumbbell or machine", "equipmentType"}};
inline constexpr Field kConvertUnitInput[] = {
    {"value", T::Number, true, "the weight to convert"},
    {"from", T::String, true, "its unit", "unit"},
    {"to", T::String, true, "the unit wanted", "unit"}};
inline constexpr Field kConvertUnitOutput[] = {
    {"value", T::Number, true, "the weight in the unit wanted"}, {"unit", T::String, true, "that unit", "unit"}};

inline constexpr Field kDescribeOutput[] = {
    {"version", T::Integer, true, "bumped when a published name or shape changes"},
    {"build", T::String, true, "the build answering: calculator, full or bench"},
    {"methods", T::Array, true, "{name, builds, input, output} for each method of this build", nullptr, nullptr, "object"},
    {"enums", T::Object, true, "name -> [{value, label, short}]"},
    {"limits", T::Object, true, "name -> {min, max, step, unit, reason}"},
    {"shapes", T::Object, true, "name -> {about, fields}: the nested shapes a field's shape names"},
    {"units", T::Array, true, "the units of weight", nullptr, nullptr, "string"}};

#undef PROXIMITY_EFFORT_FIELDS
#undef PROXIMITY_UNCERTAINTY_FIELDS
#undef PROXIMITY_EXPERIENCE_FIELDS
#undef PROXIMITY_COMMON_FIELDS
#undef PROXIMITY_EQUIPMENT_FIELDS

}  // namespace proximity::shapes
