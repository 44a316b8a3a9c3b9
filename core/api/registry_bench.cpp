// The bench build's registry: build/wasm-bench/proximity-bench: scripts/bench (the shipped methods plus the measurement ones).
#include "core/api/registry.hpp"

PROXIMITY_REGISTRY(kBenchBuild)
