#pragma once
// px.benchRecompute({iterations}): runs the calculator's recompute workload
// (core/api/bench_workload.hpp) inside the core, on a fresh engine, and reports the
// time per recompute, so scripts/bench can compare the WASM build with the native one
// on exactly the same code path.

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json bench_recompute(const nlohmann::json& input);

}  // namespace proximity::api
