#pragma once
// Reading a lifter profile, strictly: unknown fields are refused and every error names
// the field's JSON path ("equipment.barbell.plates[1].count", "e1rm.bench-press.source").
//   {version: 2 (1 is read too), unit?: kg|lb, status?: beginner|intermediate|advanced,
//    safety?: none|spotter|pins,
//    equipment?: {barbell?: {bar?, plates?}, dumbbell?: {weights? | increment?, min?, max?},
//                 machine?: {increment?, min?, max?}, exercises?: {<exercise id>: {type, ...}}},
//    calibration?: {bias, spread?, count?},
//    e1rm?: {<exercise id>: {value, date, source: history|calculator|typed}},
//    bodyWeight?: [{date: YYYY-MM-DD, value}] (version 2)}
// Exercise ids are library ids or custom ids ("custom-..."). Fields left out take the
// defaults (kg, intermediate, no safety, the unit's default equipment).
#include "core/exercise/exercise_library.hpp"
#include "core/profile/profile.hpp"

#include <nlohmann/json.hpp>

namespace proximity::profile {

Profile read_profile(const nlohmann::json& doc, const exercise::ExerciseLibrary& library);

// The profile at in.profile (errors under "profile."), else `kept`, else the defaults.
Profile read_profile_field(const nlohmann::json& in, const Profile* kept, const exercise::ExerciseLibrary& library);

}  // namespace proximity::profile
