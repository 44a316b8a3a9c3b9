// The full build's registry: web/wasm/proximity-core and the native tests.
#include "core/api/registry.hpp"

PROXIMITY_REGISTRY(kFullBuild)
