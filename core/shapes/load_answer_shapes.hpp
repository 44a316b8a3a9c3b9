#pragma once
// The shapes inside the load methods' answers (core/json/load_writer.cpp writes them):
// a rounded load, the band the RIR misjudgement allows, the load table and its cells,
// a calibration's prior and its tests.
#include "core/shapes/field.hpp"
#include "core/shapes/load_shapes.hpp"

namespace proximity::shapes {

inline constexpr Field kPlatesOnSideFields[] = {
    {"weight", T::Number, true, "one plate's weight"},
    {"count", T::Integer, true, "how many of them on each side"}};
inline constexpr Shape kPlatesOnSide{"PlatesOnSide", "Plates of one weight on each side of the bar.",
                                     kPlatesOnSideFields};

// A rounded load (write_rounded_members), alone or with roundLoad's own fields.
#define PROXIMITY_ROUNDED_LOAD_FIELDS                                                                          \
    Field{"load", T::Number, true, "the nearest load the equipment makes"},                                    \
        Field{"target", T::Number, true, "the load asked for"},                                                \
        Field{"exact", T::Boolean, true, "the equipment makes the target exactly"},                            \
        Field{"warnings", T::Array, true, "what to know about the rounding, in words", nullptr, nullptr, "string"}, \
        Field{"bar", T::Number, false, "a barbell: the bar's weight"},                                         \
        Field{"perSide", T::Number, false, "a barbell: the load on each side"},                                \
        Field{"plates", T::Array, false, "a barbell: the plates on each side, heaviest first", nullptr, nullptr, \
              "object", &kPlatesOnSide}
inline constexpr Field kRoundedLoadFields[] = {PROXIMITY_ROUNDED_LOAD_FIELDS};
inline constexpr Shape kRoundedLoad{"RoundedLoad", "A load rounded to what the equipment makes.", kRoundedLoadFields};

inline constexpr Field kBandRoundedFields[] = {
    {"low", T::Number, true, "the band's low end, rounded to the equipment"},
    {"high", T::Number, true, "the band's high end, rounded to the equipment"}};
inline constexpr Shape kBandRounded{"BandRounded", "A load band rounded to what the equipment makes.",
                                    kBandRoundedFields};

inline constexpr Field kLoadBandFields[] = {
    {"low", T::Number, true, "the low end"},
    {"high", T::Number, true, "the high end"},
    {"rirLow", T::Number, true, "the reps in reserve at the low end"},
    {"rirHigh", T::Number, true, "the reps in reserve at the high end"},
    {"misjudgement", T::Number, true, "how many reps the RIR call may miss by (+/-)"},
    {"misjudgementBelow", T::Number, true, "how many reps it may miss by towards failure"},
    {"basis", T::String, true, "what the misjudgement rests on: the lifter's calibration or the published average"},
    {"rounded", T::Object, false, "a target's band: its ends rounded to the equipment", nullptr, nullptr, nullptr,
     &kBandRounded}};
inline constexpr Shape kLoadBand{"LoadBand", "The range a misjudged RIR call allows.", kLoadBandFields};

inline constexpr Field kCalibrationAppliedFields[] = {
    {"bias", T::Number, true, "how far the calls miss, reps (+: more in reserve than called)"},
    {"spread", T::Number, false, "how far each call scatters around the bias"},
    {"count", T::Integer, true, "failure test sets behind it"},
    {"misjudgement", T::Number, true, "the band's +/- reps from this calibration"}};
inline constexpr Shape kCalibrationApplied{"CalibrationApplied", "The RIR calibration an answer used.",
                                           kCalibrationAppliedFields};

inline constexpr Field kLoadTableCellFields[] = {
    {"load", T::Number, false, "the load (null where the formula gives none)"},
    {"rough", T::Boolean, true, "the formula is rough this far from a single"},
    {"percent", T::Number, false, "the load as a percent of the e1RM"},
    {"rounded", T::Number, false, "the load rounded to the equipment"},
    {"plates", T::Array, false, "a barbell: the plates on each side", nullptr, nullptr, "object", &kPlatesOnSide},
    {"note", T::String, false, "what to know about the rounding, in words"}};
inline constexpr Shape kLoadTableCell{"LoadTableCell", "One load of the table: a rep count at an RIR.",
                                      kLoadTableCellFields};
inline constexpr Field kLoadTableRowFields[] = {
    {"reps", T::Integer, true, "the reps of the row"},
    {"cells", T::Array, true, "one cell per column", nullptr, nullptr, "object", &kLoadTableCell}};
inline constexpr Shape kLoadTableRow{"LoadTableRow", "One row of the load table.", kLoadTableRowFields};

inline constexpr Field kCallPriorFields[] = {
    {"bias", T::Number, true, "the published average miss, reps"},
    {"spread", T::Number, true, "how far calls scatter around it"}};
inline constexpr Shape kCallPrior{"CallPrior", "The published average the lifter's tests are weighed against.",
                                  kCallPriorFields};
inline constexpr Field kTestedCallFields[] = {
    {"actualRir", T::Number, true, "the reps that were really in reserve"},
    {"error", T::Number, true, "actual minus called, reps"}};
inline constexpr Shape kTestedCall{"TestedCall", "One failure test: what was really in reserve.", kTestedCallFields};

}  // namespace proximity::shapes
