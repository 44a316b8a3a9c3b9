#include "core/json/load_writer.hpp"

#include "core/load/estimate_words.hpp"
#include "core/load/load_table.hpp"

#include <cmath>

namespace proximity {

using namespace proximity::load;

namespace {

// [{weight, count}]: plates on a side, or the plates a lifter owns.
template <typename Plates>
void write_weight_counts(AnswerWriter& w, const Plates& plates) {
    w.begin_array();
    for (const auto& p : plates) w.begin_object().field("weight", p.weight).field("count", p.count).end_object();
    w.end_array();
}

}  // namespace

void write_plates(AnswerWriter& w, const std::vector<PlatesOnSide>& plates) { write_weight_counts(w, plates); }

void write_rounded_members(AnswerWriter& w, const RoundedLoad& r, const Equipment& equipment) {
    w.begin_object().field("load", r.load).field("target", r.target).field("exact", r.exact);
    w.field("warnings", r.warnings);
    if (equipment.type == EquipmentType::Barbell) {
        w.field("bar", equipment.bar).field("perSide", *load_per_side(r.load, equipment));
        w.key("plates");
        write_plates(w, r.plates);
    }
}

void write_equipment_members(AnswerWriter& w, const Equipment& e) {
    w.begin_object().field("type", equipment_type_name(e.type));
    if (e.type == EquipmentType::Barbell) {
        w.field("bar", e.bar).key("plates");
        write_weight_counts(w, e.plates);
    } else if (!e.weights.empty()) {
        w.field("weights", e.weights);
    } else {
        w.field("increment", e.increment).field("min", e.min);
        if (std::isfinite(e.max)) w.field("max", e.max);
    }
}

void write_band_members(AnswerWriter& w, const Band& band, const RirUncertainty& u) {
    w.begin_object().field("low", band.low).field("high", band.high);
    w.field("rirLow", band.rir_low).field("rirHigh", band.rir_high);
    w.field("misjudgement", u.misjudgement).field("misjudgementBelow", u.below);
    w.field("basis", uncertainty_basis_name(u.basis));
}

void write_calibration_members(AnswerWriter& w, const RirCalibration& c) {
    w.begin_object().field("bias", c.bias).field("spread", c.spread).field("count", c.count);
    w.field("misjudgement", calibrated_misjudgement(c));
}

void write_by_formula(AnswerWriter& w, const load::OneRepMaxEstimate& est) {
    w.begin_object();
    for (size_t i = 0; i < load::kAllFormulas.size(); ++i) w.field(formula_name(load::kAllFormulas[i]), est.by_formula[i]);
    w.end_object();
}

void write_load_table(AnswerWriter& w, double e1rm, load::Formula formula, units::Unit unit, const TableRequest& r) {
    const int max_reps = r.max_reps;
    const Equipment& equipment = r.equipment;
    const RoundingMode mode = r.mode;

    const LoadRounder rounder(equipment, unit);
    const LoadTable table = load::load_table(e1rm, formula, max_reps, {0, 1, 2, 3, 4}, &rounder, mode);
    w.begin_object().field("e1rm", e1rm).field("formula", formula_name(formula));
    w.field("unit", units::unit_name(unit)).field("rounding", rounding_mode_name(mode));
    w.key("equipment");
    write_equipment_members(w, equipment);
    w.end_object();
    w.field("rir", table.rir_columns).key("rpe").begin_array();  // the same columns on the RPE scale
    for (double rir : table.rir_columns) w.number(10.0 - rir);
    w.end_array().key("rows").begin_array();
    for (const auto& row : table.rows) {
        w.begin_object().field("reps", row.reps).key("cells").begin_array();
        for (const auto& c : row.cells) {
            w.begin_object().field("load", c.load).field("rough", c.rough);
            if (c.load) {
                w.field("percent", *c.percent).field("rounded", c.rounded->load);
                if (equipment.type == EquipmentType::Barbell) {
                    w.key("plates");
                    write_plates(w, c.rounded->plates);
                }
                if (!c.rounded->warnings.empty()) w.field("note", c.rounded->warnings.front());
            }
            w.end_object();
        }
        w.end_array().end_object();
    }
    w.end_array().end_object();
}

void write_estimate_members(AnswerWriter& w, const load::EstimateAnswer& a, units::Unit unit) {
    const load::Effort& effort = a.effort;
    w.begin_object().field("e1rm", a.estimate.e1rm).field("formula", formula_name(a.estimate.formula));
    w.field("unit", units::unit_name(unit)).field("rir", effort.rir);
    w.field("calledRir", a.called.rir).field("calledRpe", a.called.rpe());
    w.field("repsToFailure", load::shown_reps(effort.reps_to_failure())).key("byFormula");
    write_by_formula(w, a.estimate);
    w.field("warnings", a.warnings);
    if (a.calibration) {
        w.key("calibration");
        write_calibration_members(w, *a.calibration);
        w.end_object();
    }
    if (a.band) {
        w.key("band");
        write_band_members(w, *a.band, *a.uncertainty);
        w.end_object();
    }
}

void write_target(AnswerWriter& w, const load::TargetAnswer& a, load::Formula formula, units::Unit unit,
                  load::RoundingMode mode, const load::Equipment& equipment) {
    w.begin_object().field("load", a.target.load).field("percent", a.target.percent);
    w.field("formula", formula_name(formula)).field("unit", units::unit_name(unit));
    w.field("rounding", rounding_mode_name(mode)).key("rounded");
    write_rounded_members(w, a.rounded, equipment);
    w.end_object();
    w.field("warnings", a.warnings);
    if (a.calibration) {
        w.key("calibration");
        write_calibration_members(w, *a.calibration);
        w.end_object();
        w.field("perceivedRir", *a.perceived_rir);
    }
    if (a.band) {
        w.key("band");
        write_band_members(w, *a.band, *a.uncertainty);
        w.key("rounded").begin_object().field("low", a.band_low).field("high", a.band_high).end_object().end_object();
    }
    w.end_object();
}

}  // namespace proximity
