#pragma once
// Session feedback in JSON (plan/session_feedback.hpp), read strictly: unknown fields are
// refused and every error names the field's path ("muscles[1].pump").
//   {version?: 1 (absent: the current version), workout: {start, name?}, difficulty: easy|ok|hard|tooHard,
//    muscles: [{muscle, pump: none|some|great,
//               soreness: none|healedEarly|healedOnTime|stillSore, jointPain: none|some|bad}]}
// and next week's sets (analysis/next_week_volume.hpp) as px.nextWeekVolume answers them:
//   {basis: plan|log, planWeek: n | null, basisText, about,
//    muscles: [{muscle, name, thisWeek, nextWeek, change, action: deload|reduce|hold|add,
//               landmark: {min, max, ceiling}, reason}],
//    feedback: the record as read, with its version (what a page keeps)}
#include "core/analysis/next_week_volume.hpp"
#include "core/plan/session_feedback.hpp"

#include <nlohmann/json.hpp>

namespace proximity::plan {

SessionFeedback read_session_feedback(const nlohmann::json& doc);
nlohmann::json session_feedback_json(const SessionFeedback& feedback);
nlohmann::json next_week_volume_json(const analysis::NextWeekVolume& next, const SessionFeedback& feedback);

}  // namespace proximity::plan
