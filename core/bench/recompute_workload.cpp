#include "core/bench/recompute_workload.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace proximity::bench {

double run_recompute_workload(api::Engine& engine, int iterations) {
    using nlohmann::json;
    // The calculator page's one call per keystroke (web/js/calculator-page.js): the set,
    // the default kg barbell by its type alone, nearest rounding, the table with it.
    json set = json::object();  // built by assignment: smaller WASM than brace lists
    set["reps"] = 5;
    set["rir"] = 2;
    set["unit"] = "kg";
    set["formula"] = "epley";
    set["experience"] = "intermediate";
    set["table"] = true;
    set["equipment"] = json::object();
    set["equipment"]["type"] = "barbell";
    set["rounding"] = "nearest";
    double checksum = 0;
    for (int i = 0; i < iterations; ++i) {
        set["load"] = 100.0 + (i % 10);
        const std::string answer = engine.call("estimateOneRepMax", set.dump());
        // The page parses the answer in JS; here its e1RM is read back and its length
        // counted, so the loop times the core's own work (parse input, compute, write).
        const auto e1rm_at = answer.find("\"e1rm\":");
        checksum += std::stod(answer.substr(e1rm_at + 7, 32)) + static_cast<double>(answer.size());
    }
    return checksum;
}

}  // namespace proximity::bench
