#pragma once
// ISO 8601 local date-times as the history stores them: "YYYY-MM-DDTHH:MM:SS" (no zone).
// Reading accepts "YYYY-MM-DDTHH:MM" and a space instead of the "T" (Strong writes
// "2024-11-28 17:36:08") and always writes seconds.
#include <optional>
#include <string>

namespace proximity::history {

struct LocalTime {
    int year = 2000, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

// nullopt unless `text` is a real calendar date-time of years 1900-2200.
std::optional<LocalTime> parse_local_time(const std::string& text);

// "2024-11-28T17:36:08"
std::string local_time_text(const LocalTime& t);

// Hevy's "15 Sep 2025, 07:48" (English month abbreviations; the comma is optional).
std::optional<LocalTime> parse_day_month_year_time(const std::string& text);

// Seconds from `a` to `b` (negative when b is earlier), both read as the same zone.
long long seconds_between(const LocalTime& a, const LocalTime& b);

// Strong's dates: "2024-11-28 17:36:08", and the 12-hour form some versions write,
// "2024-11-28 5:36:08 PM" (the space before AM/PM may be U+202F).
std::optional<LocalTime> parse_app_local_time(const std::string& text);

// Is (y, m, d) a calendar date?
bool is_calendar_date(int year, int month, int day);

}  // namespace proximity::history
