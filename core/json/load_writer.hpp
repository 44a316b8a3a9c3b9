#pragma once
// Writing load-estimation results (the shapes documented in core/load/README.md) into an
// answer (core/common/answer_writer.hpp: JSON text or JS objects). The same shapes as documents, for answers of
// the full build that hold them (a session's rounded loads, a profile's equipment), are
// in core/json/load_documents.hpp.
#include "core/common/answer_writer.hpp"
#include "core/load/equipment.hpp"
#include "core/load/load_answers.hpp"
#include "core/load/load_rounding.hpp"
#include "core/load/one_rep_max.hpp"
#include "core/load/rir_band.hpp"
#include "core/load/rir_calibration.hpp"
#include "core/load/rir_uncertainty.hpp"

namespace proximity {

// [{weight, count}] per side.
void write_plates(AnswerWriter& w, const std::vector<load::PlatesOnSide>& plates);

// {load, target, exact, warnings, plates (barbell), bar (barbell), perSide (barbell)},
// left open so that a caller can add members before end_object().
void write_rounded_members(AnswerWriter& w, const load::RoundedLoad& r, const load::Equipment& equipment);

// {type, bar, plates} | {type, weights} | {type, increment, min, max?}, left open.
void write_equipment_members(AnswerWriter& w, const load::Equipment& e);

// {low, high, rirLow, rirHigh, misjudgement, misjudgementBelow, basis}, left open.
void write_band_members(AnswerWriter& w, const load::Band& band, const load::RirUncertainty& u);

// {formula: e1RM or null} for every formula.
void write_by_formula(AnswerWriter& w, const load::OneRepMaxEstimate& est);

// loadTable's answer (and estimateOneRepMax's table): {e1rm, formula, unit, rounding,
// equipment, rir, rpe, rows: [{reps, cells: [{load, rough, percent?, rounded?, plates?, note?}]}]}
struct TableRequest {
    int max_reps = 12;
    load::Equipment equipment;
    load::RoundingMode mode = load::RoundingMode::Nearest;
};
void write_load_table(AnswerWriter& w, double e1rm, load::Formula formula, units::Unit unit, const TableRequest& r);

// estimateOneRepMax's answer: {e1rm, formula, unit, rir, calledRir, calledRpe,
// repsToFailure, byFormula, warnings, calibration?, band?}, left open (for its table).
void write_estimate_members(AnswerWriter& w, const load::EstimateAnswer& a, units::Unit unit);

// loadForTarget's answer: {load, percent, formula, unit, rounding, rounded, warnings,
// calibration?, perceivedRir?, band?: {..., rounded: {low, high}}}.
void write_target(AnswerWriter& w, const load::TargetAnswer& a, load::Formula formula, units::Unit unit,
                  load::RoundingMode mode, const load::Equipment& equipment);

// {bias, spread, count, misjudgement}, left open.
void write_calibration_members(AnswerWriter& w, const load::RirCalibration& c);

}  // namespace proximity
