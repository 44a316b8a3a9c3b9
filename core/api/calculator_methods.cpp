// The calculator's registry: only the load-estimation methods, all pure. Linked instead
// of core/api/methods.cpp into web/wasm/proximity-calculator, so that module carries no
// failure policy, exercise library or planner (see core/api/method.hpp). Every line here
// is also in core/api/methods.cpp; tests/core/calculator_registry_test.cpp checks the
// list and runs the shared vectors on it.
#include "core/api/method.hpp"

#include "core/api/bench_api.hpp"
#include "core/api/describe.hpp"
#include "core/api/equipment_api.hpp"
#include "core/api/load_api.hpp"

namespace proximity::api {

const std::vector<Method>& all_methods() {
    static const std::vector<Method> methods = {
        {"describe", describe},
        {"estimateOneRepMax", estimate_one_rep_max},
        {"loadForTarget", load_for_target},
        {"loadTable", load_table},
        {"calibrateRir", calibrate_rir},
        {"roundLoad", round_load},
        {"defaultEquipment", default_equipment},
        {"convertUnit", convert_unit},
        {"benchRecompute", bench_recompute},
    };
    return methods;
}

}  // namespace proximity::api
