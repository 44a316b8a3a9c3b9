#pragma once
// Calendar days of the history's local times. A stored time is the lifter's local
// wall-clock time without a zone ("2024-11-28T17:36:08"), so its day is simply its date
// part: no zone is applied, and a workout at 23:30 belongs to that date wherever the
// history is read. Weeks start on Monday 00:00 of that same local calendar.
#include <string>

namespace proximity::analysis {

// Days since 1970-01-01 of the date that starts `iso` ("YYYY-MM-DD..."); the text must
// already be a valid local time (the history reader guarantees it).
int day_number(const std::string& iso);

// "YYYY-MM-DD" of a day number.
std::string date_text(int day);

// 1 = Monday ... 7 = Sunday.
int weekday(int day);

// The Monday on or before `day`.
int monday_of(int day);

}  // namespace proximity::analysis
