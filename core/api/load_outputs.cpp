#include "core/api/load_outputs.hpp"

#include <cmath>

namespace proximity::api {

using nlohmann::json;
using namespace proximity::load;

namespace {

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

}  // namespace

json plates_json(const std::vector<PlatesOnSide>& plates) {
    json out = json::array();
    for (const auto& p : plates) out.push_back({{"weight", p.weight}, {"count", p.count}});
    return out;
}

json rounded_json(const RoundedLoad& r, const Equipment& equipment) {
    json out = {{"load", r.load}, {"target", r.target}, {"exact", r.exact}, {"warnings", r.warnings}};
    if (equipment.type == EquipmentType::Barbell) {
        out["bar"] = equipment.bar;
        out["perSide"] = (r.load - equipment.bar) / 2.0;
        out["plates"] = plates_json(r.plates);
    }
    return out;
}

json equipment_json(const Equipment& e) {
    json out = {{"type", equipment_type_name(e.type)}};
    if (e.type == EquipmentType::Barbell) {
        out["bar"] = e.bar;
        json plates = json::array();
        for (const auto& p : e.plates) plates.push_back({{"weight", p.weight}, {"count", p.count}});
        out["plates"] = plates;
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
    return {{"low", band.low},          {"high", band.high},
            {"rirLow", band.rir_low},   {"rirHigh", band.rir_high},
            {"misjudgement", u.misjudgement}, {"basis", uncertainty_basis_name(u.basis)}};
}

json calibration_json(const RirCalibration& c) {
    return {{"bias", c.bias},
            {"spread", optional_number(c.spread)},
            {"count", c.count},
            {"misjudgement", optional_number(calibrated_misjudgement(c))}};
}

}  // namespace proximity::api
