// Native side of scripts/bench.d/40-advice.mjs: advise_set over a whole plan (6 weeks x
// 5 sessions x 8 exercises x 4 sets = 960 sets) through the benchmarkAdvice method,
// which times the loop inside the core; the WASM side calls the same method.
#include "core/api/engine.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 50;
    proximity::api::Engine engine;
    engine.call("benchmarkAdvice", "{\"iterations\": 5}");  // warm-up
    const std::string out = engine.call("benchmarkAdvice", "{\"iterations\": " + std::to_string(iterations) + "}");
    std::printf("%s\n", out.c_str());
    return 0;
}
