#include "core/exercise/exercise.hpp"

#include <algorithm>

namespace proximity::exercise {

const char* movement_class_id(MovementClass c) {
    return c == MovementClass::Compound ? "compound" : "isolation";
}

std::optional<MovementClass> movement_class_from_id(const std::string& id) {
    if (id == "compound") return MovementClass::Compound;
    if (id == "isolation") return MovementClass::Isolation;
    return std::nullopt;
}

const char* equipment_id(Equipment e) {
    switch (e) {
        case Equipment::FreeWeight: return "freeWeight";
        case Equipment::Machine: return "machine";
        case Equipment::Cable: return "cable";
        case Equipment::Bodyweight: return "bodyweight";
    }
    return "freeWeight";
}

std::optional<Equipment> equipment_from_id(const std::string& id) {
    for (Equipment e : {Equipment::FreeWeight, Equipment::Machine, Equipment::Cable, Equipment::Bodyweight})
        if (id == equipment_id(e)) return e;
    return std::nullopt;
}

const char* load_kind_id(LoadKind k) {
    switch (k) {
        case LoadKind::External: return "external";
        case LoadKind::BodyweightPlus: return "bodyweightPlus";
        case LoadKind::BodyweightMinus: return "bodyweightMinus";
    }
    return "external";
}

std::optional<LoadKind> load_kind_from_id(const std::string& id) {
    for (LoadKind k : {LoadKind::External, LoadKind::BodyweightPlus, LoadKind::BodyweightMinus})
        if (id == load_kind_id(k)) return k;
    return std::nullopt;
}

std::vector<std::string> load_kind_ids() {
    return {"external", "bodyweightPlus", "bodyweightMinus"};
}

bool trains(const Exercise& e, Muscle m, bool include_secondary) {
    auto in = [m](const std::vector<Muscle>& v) { return std::find(v.begin(), v.end(), m) != v.end(); };
    return in(e.primary) || (include_secondary && in(e.secondary));
}

}  // namespace proximity::exercise
