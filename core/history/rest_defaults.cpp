#include "core/history/rest_defaults.hpp"

#include <cstring>

namespace proximity::history {

const char* rest_class_id(RestClass c) { return kRestByClass[static_cast<size_t>(c)].id; }

RestClass rest_class_of(const exercise::Exercise& e) {
    if (e.movement_class == exercise::MovementClass::Isolation) return RestClass::Isolation;
    return e.risk.heavy_compound ? RestClass::HeavyCompound : RestClass::Compound;
}

RestClass rest_class_of(const CustomExercise& c) {
    return c.movement_class == exercise::MovementClass::Isolation ? RestClass::Isolation : RestClass::Compound;
}

int rest_seconds(RestClass c, SetType after) {
    for (const RestDefault& r : kRestBySetType)
        if (std::strcmp(r.id, set_type_id(after)) == 0) return r.seconds;
    return kRestByClass[static_cast<size_t>(c)].seconds;
}

}  // namespace proximity::history
