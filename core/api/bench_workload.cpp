#include "core/api/bench_workload.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

double run_recompute_workload(Engine& engine, int iterations) {
    using nlohmann::json;
    // The calculator page's equipment as it sends it: the default kg barbell and plates.
    const json equipment = json::parse(engine.call("defaultEquipment", R"({"unit":"kg"})"))["result"];
    double checksum = 0;
    for (int i = 0; i < iterations; ++i) {
        const double load = 100.0 + (i % 10);
        json e = json::parse(engine.call(
            "estimateOneRepMax",
            json{{"load", load}, {"reps", 5}, {"rir", 2}, {"unit", "kg"}, {"formula", "epley"}, {"experience", "intermediate"}}
                .dump()));
        const double e1rm = e["result"]["e1rm"].get<double>();
        json table = json::parse(engine.call(
            "loadTable", json{{"e1rm", e1rm}, {"unit", "kg"}, {"formula", "epley"}, {"equipment", equipment}}.dump()));
        checksum += e1rm + table["result"]["rows"][11]["cells"][4]["rounded"].get<double>();
    }
    return checksum;
}

}  // namespace proximity::api
