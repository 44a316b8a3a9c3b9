#include "core/api/bench_workload.hpp"

#include "core/common/json_text.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

double run_recompute_workload(Engine& engine, int iterations) {
    using nlohmann::json;
    // The calculator page's equipment as it sends it: the default kg barbell and plates.
    const json equipment = parse_json(engine.call("defaultEquipment", R"({"unit":"kg"})"))["result"];
    json set = json::object();  // built by assignment: smaller WASM than brace lists
    set["reps"] = 5;
    set["rir"] = 2;
    set["unit"] = "kg";
    set["formula"] = "epley";
    set["experience"] = "intermediate";
    json table_input = json::object();
    table_input["unit"] = "kg";
    table_input["formula"] = "epley";
    table_input["equipment"] = equipment;
    double checksum = 0;
    for (int i = 0; i < iterations; ++i) {
        set["load"] = 100.0 + (i % 10);
        const json e = parse_json(engine.call("estimateOneRepMax", set.dump()));
        const double e1rm = e["result"]["e1rm"].get<double>();
        table_input["e1rm"] = e1rm;
        // The page parses the table in JS; here its text is only measured, so the loop
        // times the core's own work (parse input, compute, write output).
        checksum += e1rm + static_cast<double>(engine.call("loadTable", table_input.dump()).size());
    }
    return checksum;
}

}  // namespace proximity::api
