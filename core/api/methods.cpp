#include "core/api/method.hpp"

#include "core/api/bench_api.hpp"
#include "core/api/equipment_api.hpp"
#include "core/api/load_api.hpp"

namespace proximity::api {

const std::vector<Method>& all_methods() {
    static const std::vector<Method> methods = {
        // Load estimation (core/load, core/units)
        {"estimateOneRepMax", estimate_one_rep_max},
        {"loadForTarget", load_for_target},
        {"loadTable", load_table},
        {"calibrateRir", calibrate_rir},
        {"roundLoad", round_load},
        {"defaultEquipment", default_equipment},
        {"convertUnit", convert_unit},
        // Measurement (scripts/bench)
        {"benchRecompute", bench_recompute},
    };
    return methods;
}

}  // namespace proximity::api
