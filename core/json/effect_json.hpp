#pragma once
// Reading a rule's effect from its JSON (the keys are in core/policy/effect.hpp).
#include "core/policy/effect.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace proximity::policy {

// Throws InputError naming the path, e.g. "rules[2].effect.rir.min".
Effect read_effect(const nlohmann::json& value, const std::string& path);

}  // namespace proximity::policy
