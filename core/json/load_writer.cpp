#include "core/json/load_writer.hpp"

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

}  // namespace proximity
