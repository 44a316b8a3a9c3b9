#pragma once
// The benchmark workload shared by the native and WASM builds (scripts/bench): one
// calculator recompute = the page's one call per keystroke, estimateOneRepMax with
// table: true (the e1RM, its band and the 12 reps x RIR 0-4 load table rounded to the
// default barbell with plates), through Engine::call with JSON text, exactly as the page
// sends it. Returns a checksum (e1RMs plus the length of each answer's JSON text) so the
// work cannot be optimised away and both builds can be seen to agree.
#include "core/api/engine.hpp"

namespace proximity::bench {

double run_recompute_workload(api::Engine& engine, int iterations);

}  // namespace proximity::bench
