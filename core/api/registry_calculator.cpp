// The calculator build's registry: web/wasm/proximity-calculator: the calculator page.
#include "core/api/registry.hpp"

PROXIMITY_REGISTRY(kCalculatorBuild)
