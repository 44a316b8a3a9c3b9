#include "core/api/load_outputs.hpp"

#include <cmath>

// Objects are built by assignment rather than brace lists: nlohmann's initializer
// lists expand to several times more WASM code at every call site.
namespace proximity::api {

using nlohmann::json;
using namespace proximity::load;

namespace {

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json weight_count(double weight, int count) {
    json out = json::object();
    out["weight"] = weight;
    out["count"] = count;
    return out;
}

}  // namespace

json plates_json(const std::vector<PlatesOnSide>& plates) {
    json out = json::array();
    for (const auto& p : plates) out.push_back(weight_count(p.weight, p.count));
    return out;
}

json rounded_json(const RoundedLoad& r, const Equipment& equipment) {
    json out = json::object();
    out["load"] = r.load;
    out["target"] = r.target;
    out["exact"] = r.exact;
    out["warnings"] = r.warnings;
    if (equipment.type == EquipmentType::Barbell) {
        out["bar"] = equipment.bar;
        out["perSide"] = (r.load - equipment.bar) / 2.0;
        out["plates"] = plates_json(r.plates);
    }
    return out;
}

json equipment_json(const Equipment& e) {
    json out = json::object();
    out["type"] = equipment_type_name(e.type);
    if (e.type == EquipmentType::Barbell) {
        out["bar"] = e.bar;
        json plates = json::array();
        for (const auto& p : e.plates) plates.push_back(weight_count(p.weight, p.count));
        out["plates"] = std::move(plates);
    } else if (!e.weights.empty()) {
        out["weights"] = e.weights;
    } else {
        out["increment"] = e.increment;
        out["min"] = e.min;
        if (std::isfinite(e.max)) out["max"] = e.max;
    }
    return out;
}

json band_json(const Band& band, const RirUncertainty& u) {
    json out = json::object();
    out["low"] = band.low;
    out["high"] = band.high;
    out["rirLow"] = band.rir_low;
    out["rirHigh"] = band.rir_high;
    out["misjudgement"] = u.misjudgement;
    out["misjudgementBelow"] = u.below;
    out["basis"] = uncertainty_basis_name(u.basis);
    return out;
}

json calibration_json(const RirCalibration& c) {
    json out = json::object();
    out["bias"] = c.bias;
    out["spread"] = optional_number(c.spread);
    out["count"] = c.count;
    out["misjudgement"] = optional_number(calibrated_misjudgement(c));
    return out;
}

}  // namespace proximity::api
