#include "core/bench/bench_handlers.hpp"

#include "core/bench/recompute_workload.hpp"
#include "core/json/json_fields.hpp"

#include <chrono>

namespace proximity::bench {

void bench_recompute(const nlohmann::json& raw, api::Call& call) {
    const nlohmann::json& in = fields::require_object(raw, "");
    const int iterations = fields::read_int_or(in, "iterations", "", 1, 100000, 1000);
    api::Engine engine;
    run_recompute_workload(engine, 20);  // warm-up
    const auto start = std::chrono::steady_clock::now();
    const double checksum = run_recompute_workload(engine, iterations);
    const auto end = std::chrono::steady_clock::now();
    const double micros = std::chrono::duration<double, std::micro>(end - start).count();
    nlohmann::json out = nlohmann::json::object();
    out["iterations"] = iterations;
    out["micros"] = micros;
    out["perRecomputeMicros"] = micros / iterations;
    out["checksum"] = checksum;
    return call.answer(std::move(out));
}

}  // namespace proximity::bench
