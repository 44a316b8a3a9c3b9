#pragma once
// Writing a lifter profile in the shape profile_reader.hpp reads (every field written,
// the defaults too, so a stored profile says what it means).
#include "core/profile/profile.hpp"

#include "core/profile/body_weight_import.hpp"

#include <nlohmann/json.hpp>

namespace proximity::profile {

nlohmann::json profile_to_json(const Profile& p);

// importBodyWeight's answer: {profile, report: {format, rows, imported, kept, skipped: [{line, reason}]}}.
nlohmann::json body_weight_import_json(const BodyWeightImport& result);

}  // namespace proximity::profile
