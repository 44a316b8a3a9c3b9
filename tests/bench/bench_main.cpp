// Native side of scripts/bench: runs the calculator's recompute workload (an e1RM plus
// the 12 x 5 load table, through the same JSON entry point the WASM build uses) and
// prints microseconds per recompute as JSON. scripts/bench.d/30-throughput.mjs runs the
// same workload on the WASM build (px.benchRecompute) and compares.
#include "core/bench/recompute_workload.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 2000;
    proximity::api::Engine engine;
    proximity::bench::run_recompute_workload(engine, 50);  // warm-up
    const auto start = std::chrono::steady_clock::now();
    const double checksum = proximity::bench::run_recompute_workload(engine, iterations);
    const auto end = std::chrono::steady_clock::now();
    const double us = std::chrono::duration<double, std::micro>(end - start).count() / iterations;
    std::printf("{\"recomputeMicros\": %.3f, \"iterations\": %d, \"checksum\": %.6f}\n", us, iterations, checksum);
    return 0;
}
