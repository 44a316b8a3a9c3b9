#pragma once
// warmupRamp's input, read into what the domain takes (core/session/warmup_ramp.hpp), and
// its answer.
#include "core/exercise/exercise_library.hpp"
#include "core/load/equipment.hpp"
#include "core/session/warmup_ramp.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace proximity::session {

struct WarmupInput {
    const exercise::Exercise* exercise = nullptr;
    double working = 0;  // the first working set's load
    units::Unit unit = units::Unit::Kg;
    load::Equipment equipment;
    WarmupMode mode = WarmupMode::Auto;  // the lifter's choice (steps alone: custom)
    std::vector<WarmupStep> custom;      // the lifter's own steps, checked even when unused
};
WarmupInput read_warmup_input(const nlohmann::json& input, const exercise::ExerciseLibrary& library);

// {sets: [{load, reps, percent, bar, rounded}], reason, mode, autoMode, canRamp, steps, defaultSteps}
nlohmann::json warmup_ramp_json(const WarmupRamp& ramp, const WarmupChoice& in_effect, const WarmupInput& input);

}  // namespace proximity::session
