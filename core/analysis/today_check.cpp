#include "core/analysis/today_check.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/common/input_error.hpp"

namespace proximity::analysis {

void check_today_after_history(const std::string& today, const history::History& h) {
    if (today.empty() || h.workouts.empty() || day_number(today) >= day_number(h.workouts.back().start)) return;
    throw InputError("today", "today (" + today + ") is before the last workout (" + h.workouts.back().start.substr(0, 10) + ")");
}

}  // namespace proximity::analysis
