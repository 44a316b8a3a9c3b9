#pragma once
// Writing a lifter profile in the shape profile_reader.hpp reads (every field written,
// the defaults too, so a stored profile says what it means).
#include "core/profile/profile.hpp"

#include <nlohmann/json.hpp>

namespace proximity::profile {

nlohmann::json profile_to_json(const Profile& p);

}  // namespace proximity::profile
