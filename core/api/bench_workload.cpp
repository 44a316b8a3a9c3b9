#include "core/api/bench_workload.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

double run_recompute_workload(Engine& engine, int iterations) {
    using nlohmann::json;
    double checksum = 0;
    for (int i = 0; i < iterations; ++i) {
        const double load = 100.0 + (i % 10);
        json e = json::parse(engine.call("estimateOneRepMax",
                                         json{{"load", load}, {"reps", 5}, {"rir", 2}}.dump()));
        const double e1rm = e["result"]["e1rm"].get<double>();
        json table = json::parse(engine.call("loadTable", json{{"e1rm", e1rm}}.dump()));
        checksum += e1rm + table["result"]["rows"][11]["loads"][4].get<double>();
    }
    return checksum;
}

}  // namespace proximity::api
