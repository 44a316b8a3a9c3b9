#pragma once
// An analysis "as of today" cannot be dated before the history it reads.
#include "core/history/history.hpp"

#include <string>

namespace proximity::analysis {

// Throws an InputError naming "today" when `today` (YYYY-MM-DD, empty: not given) is
// before the last workout of `h`.
void check_today_after_history(const std::string& today, const history::History& h);

}  // namespace proximity::analysis
