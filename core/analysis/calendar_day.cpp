#include "core/analysis/calendar_day.hpp"

#include <cstdio>

namespace proximity::analysis {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int digits(const std::string& s, size_t from, size_t count) {
    int v = 0;
    for (size_t i = from; i < from + count && i < s.size(); ++i) v = v * 10 + (s[i] - '0');
    return v;
}

}  // namespace

int day_number(const std::string& iso) {
    return days_from_civil(digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2));
}

std::string date_text(int day) {
    const int z = day + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    const int y = yoe + era * 400 + (m <= 2);
    char buf[40];  // room for any int, so the compiler sees no truncation
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

int weekday(int day) {
    // 1970-01-01 was a Thursday (4).
    const int r = ((day % 7) + 7 + 3) % 7;  // 0 = Monday
    return r + 1;
}

int monday_of(int day) { return day - (weekday(day) - 1); }

}  // namespace proximity::analysis
