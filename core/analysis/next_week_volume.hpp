#pragma once
// Next week's sets per muscle after a session the lifter gave feedback on
// (plan/feedback_volume.hpp for the rules): the step starts from the week the session
// belongs to, taken from what the lifter follows —
//   - the plan's week, when the workout carried out a week of the plan the analysis was
//     made with (plan::planned_week, counted in full), with the plan's landmarks;
//   - else the log's recent typical week as of the week before the workout's
//     (typical_week_before, as a fatigue sign's deload counts it), with the default
//     landmarks;
// and the fatigue signs are the analysis's current ones.
#include "core/analysis/history_analysis.hpp"
#include "core/history/history.hpp"
#include "core/plan/feedback_volume.hpp"

#include <optional>
#include <vector>

namespace proximity::analysis {

struct NextWeekVolume {
    std::optional<int> plan_week;  // the plan's week the step starts from (0-based); none: the log's
    std::vector<plan::NextWeekSets> muscles;
};

// The workout of the history the feedback is about (its start and name), or nullptr.
const history::Workout* feedback_workout(const history::History& history, const plan::SessionFeedback& feedback);

// `workout`: feedback_workout's answer (not null); `a`: the analysis of that history.
NextWeekVolume next_week_volume(const HistoryAnalysis& a, const history::Workout& workout,
                                const plan::SessionFeedback& feedback);

}  // namespace proximity::analysis
