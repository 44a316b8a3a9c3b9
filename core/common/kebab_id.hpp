#pragma once
// Ids of exercises, rules and references: kebab-case ("back-squat", "grgic-2022"):
// lowercase letters, digits and single hyphens, starting with a letter, at most 64 chars.
#include <string>

namespace proximity {

bool is_kebab_id(const std::string& id);

}  // namespace proximity
