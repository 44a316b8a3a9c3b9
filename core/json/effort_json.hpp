#pragma once
// Reading a set's effort for the load methods: {reps, rir} or {reps, rpe}.
#include "core/load/effort.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace proximity::load {

// Reads {reps, rir} or {reps, rpe} from `obj` (exactly one of rir/rpe; neither is an
// error, never RIR 0). Errors name the field under `parent`.
load::Effort read_effort(const nlohmann::json& obj, const std::string& parent = "");

}  // namespace proximity::load
