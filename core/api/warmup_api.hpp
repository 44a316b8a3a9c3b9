#pragma once
// JSON API of the warm-up ramp (core/session/warmup_ramp.hpp).
//   warmupRamp {exercise, load (the first working load), unit?, profile?, equipment?,
//               steps?: [{percent, reps}] (the lifter's own for this exercise; [] for none)}
//     -> {sets: [{load, reps, percent, bar, rounded}], reason}
//   The equipment is the one given, else the profile's for the exercise, else the defaults.
#include "core/api/engine_state.hpp"

#include <nlohmann/json.hpp>

namespace proximity::api {

nlohmann::json warmup_ramp(const EngineState& state, const nlohmann::json& input);

}  // namespace proximity::api
