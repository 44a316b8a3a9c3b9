#pragma once
// Where the lifter is in the plan: the session after the last workout that carried out a
// plan session (week w, session s -> s + 1, or the next week's first), the plan's first
// session when no workout came from it yet, none when the block is done. And the days its
// remaining sessions fall on: the Monday of the last plan workout's week is the Monday of
// that workout's plan week, later weeks follow every 7 days, each session on its weekday
// (plan::session_days). A plan not started yet starts on the Monday after `today`. A
// session whose day is today or already past moves to the next free day after today,
// keeping the sessions in order (one a day).
#include "core/history/history.hpp"
#include "core/plan/plan.hpp"

#include <optional>
#include <vector>

namespace proximity::analysis {

struct PlanSlot {
    int week = 0;
    int session = 0;
    int day = 0;  // calendar day it falls on
};

std::optional<history::PlanSession> next_plan_session(const history::History& history, const plan::Plan& plan);

// The remaining sessions from the next one to the end of the block, with their days.
std::vector<PlanSlot> remaining_sessions(const history::History& history, const plan::Plan& plan, int today);

}  // namespace proximity::analysis
