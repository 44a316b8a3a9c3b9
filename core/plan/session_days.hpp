#pragma once
// Which day of the week (1 = Monday ... 7 = Sunday) each session of a week falls on.
// A session with an explicit day keeps it; the others are spread by how many sessions
// the week has, leaving rest days between them where the count allows:
//   1: Mon   2: Mon Thu   3: Mon Wed Fri   4: Mon Tue Thu Fri   5: Mon Tue Wed Fri Sat
//   6: Mon-Sat   7: every day   more than 7: two-a-days, wrapping round the week.
// The fitness-fatigue simulation and the "trained once a week" check use these days.
#include "core/plan/plan.hpp"

#include <vector>

namespace proximity::plan {

std::vector<int> session_days(const Week& week);

const char* day_name(int day);       // "Mon" ... "Sun"
const char* day_full_name(int day);  // "Monday" ... "Sunday"

}  // namespace proximity::plan
