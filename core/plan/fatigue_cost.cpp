#include "core/plan/fatigue_cost.hpp"

#include "core/plan/plan.hpp"

#include <cmath>

namespace proximity::plan {

const char* load_class_id(LoadClass c) {
    switch (c) {
        case LoadClass::Isolation: return "isolation";
        case LoadClass::Compound: return "compound";
        case LoadClass::HeavyCompound: return "heavyCompound";
    }
    return "isolation";
}

LoadClass load_class(const exercise::Exercise& e) {
    if (e.movement_class == exercise::MovementClass::Isolation) return LoadClass::Isolation;
    const bool loaded_spine_free_weight =
        e.risk.spinal_loading && e.equipment == exercise::Equipment::FreeWeight;
    return e.risk.heavy_compound || loaded_spine_free_weight ? LoadClass::HeavyCompound : LoadClass::Compound;
}

double proximity_factor(double rir, const FatigueCostParams& p) {
    return p.floor + (p.failure - p.floor) * std::exp(-rir / p.rir_scale);
}

double class_factor(LoadClass c, const FatigueCostParams& p) {
    switch (c) {
        case LoadClass::Isolation: return p.isolation;
        case LoadClass::Compound: return p.compound;
        case LoadClass::HeavyCompound: return p.heavy_compound;
    }
    return p.isolation;
}

double technique_factor(std::optional<policy::Technique> t, const FatigueCostParams& p) {
    if (!t) return 1.0;
    switch (*t) {
        case policy::Technique::DropSet: return p.drop_set;
        case policy::Technique::RestPause: return p.rest_pause;
        case policy::Technique::MyoReps: return p.myo_reps;
        case policy::Technique::ForcedReps: return p.forced_reps;
        case policy::Technique::CalibrationTest: return 1.0;
    }
    return 1.0;
}

double set_fatigue_cost(const PlannedSet& set, LoadClass c, const FatigueCostParams& p) {
    if (set.warmup) return 0.0;
    return class_factor(c, p) * proximity_factor(set.effective_rir(), p) *
           technique_factor(set.technique, p);
}

}  // namespace proximity::plan
