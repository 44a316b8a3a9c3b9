#pragma once
// The benchmark workload shared by the native and WASM builds (scripts/bench): one
// calculator recompute = an e1RM plus the 12 reps x RIR 0-4 load table, each through
// Engine::call with JSON text, exactly as the page does it (with the band and the table
// rounded to the default barbell and plates). Returns a checksum (e1RMs plus the length
// of each table's JSON text) so the work cannot be optimised away and both builds can
// be seen to agree.
#include "core/api/engine.hpp"

namespace proximity::api {

double run_recompute_workload(Engine& engine, int iterations);

}  // namespace proximity::api
