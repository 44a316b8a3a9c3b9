#include "core/history/local_time.hpp"

#include <cctype>
#include <cstdio>

namespace proximity::history {

namespace {

// Reads exactly `digits` digits at text[pos], advancing pos.
bool read_digits(const std::string& text, size_t& pos, int digits, int& out) {
    if (pos + static_cast<size_t>(digits) > text.size()) return false;
    int v = 0;
    for (int i = 0; i < digits; ++i) {
        const char c = text[pos + static_cast<size_t>(i)];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    pos += static_cast<size_t>(digits);
    out = v;
    return true;
}

bool expect(const std::string& text, size_t& pos, char c) {
    if (pos >= text.size() || text[pos] != c) return false;
    ++pos;
    return true;
}

bool valid_clock(const LocalTime& t) { return t.hour <= 23 && t.minute <= 59 && t.second <= 59; }

}  // namespace

bool is_calendar_date(int year, int month, int day) {
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<LocalTime> parse_local_time(const std::string& text) {
    LocalTime t;
    size_t pos = 0;
    if (!read_digits(text, pos, 4, t.year) || !expect(text, pos, '-') || !read_digits(text, pos, 2, t.month) ||
        !expect(text, pos, '-') || !read_digits(text, pos, 2, t.day))
        return std::nullopt;
    if (pos >= text.size() || (text[pos] != 'T' && text[pos] != ' ')) return std::nullopt;
    ++pos;
    if (!read_digits(text, pos, 2, t.hour) || !expect(text, pos, ':') || !read_digits(text, pos, 2, t.minute))
        return std::nullopt;
    if (pos < text.size() && (!expect(text, pos, ':') || !read_digits(text, pos, 2, t.second))) return std::nullopt;
    if (pos != text.size() || !is_calendar_date(t.year, t.month, t.day) || !valid_clock(t)) return std::nullopt;
    return t;
}

std::string local_time_text(const LocalTime& t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute,
                  t.second);
    return buf;
}

std::optional<LocalTime> parse_day_month_year_time(const std::string& text) {
    static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    LocalTime t;
    size_t pos = 0;
    const size_t day_start = pos;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) ++pos;
    if (pos == day_start || pos - day_start > 2) return std::nullopt;
    t.day = std::stoi(text.substr(day_start, pos - day_start));
    if (!expect(text, pos, ' ') || pos + 3 > text.size()) return std::nullopt;
    std::string month;
    for (size_t i = 0; i < 3; ++i) month += static_cast<char>(std::tolower(static_cast<unsigned char>(text[pos + i])));
    pos += 3;
    t.month = 0;
    for (int m = 0; m < 12; ++m)
        if (month == kMonths[m]) t.month = m + 1;
    if (t.month == 0) return std::nullopt;
    while (pos < text.size() && std::isalpha(static_cast<unsigned char>(text[pos]))) ++pos;  // "Sept", "September"
    if (!expect(text, pos, ' ') || !read_digits(text, pos, 4, t.year)) return std::nullopt;
    if (pos < text.size() && text[pos] == ',') ++pos;
    if (!expect(text, pos, ' ')) return std::nullopt;
    size_t hour_start = pos;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) ++pos;
    if (pos == hour_start || pos - hour_start > 2) return std::nullopt;
    t.hour = std::stoi(text.substr(hour_start, pos - hour_start));
    if (!expect(text, pos, ':') || !read_digits(text, pos, 2, t.minute)) return std::nullopt;
    if (pos < text.size() && (!expect(text, pos, ':') || !read_digits(text, pos, 2, t.second))) return std::nullopt;
    if (pos != text.size() || !is_calendar_date(t.year, t.month, t.day) || !valid_clock(t)) return std::nullopt;
    return t;
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
long long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

long long epoch_seconds(const LocalTime& t) {
    return days_from_civil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
}

}  // namespace

long long seconds_between(const LocalTime& a, const LocalTime& b) { return epoch_seconds(b) - epoch_seconds(a); }

std::optional<LocalTime> parse_app_local_time(const std::string& text) {
    if (auto t = parse_local_time(text)) return t;
    std::string s = text;
    for (const char* nbsp : {"\xE2\x80\xAF", "\xC2\xA0"})  // narrow / plain no-break space
        for (size_t at = s.find(nbsp); at != std::string::npos; at = s.find(nbsp)) s.replace(at, std::string(nbsp).size(), " ");
    if (s.size() < 4) return std::nullopt;
    const std::string suffix = s.substr(s.size() - 3);
    const bool am = suffix == " AM" || suffix == " am", pm = suffix == " PM" || suffix == " pm";
    if (!am && !pm) return std::nullopt;
    s.resize(s.size() - 3);
    const size_t space = s.find(' ');
    if (space == std::string::npos || space + 2 > s.size()) return std::nullopt;
    if (s[space + 2] == ':') s.insert(space + 1, "0");  // "5:36:08" -> "05:36:08"
    auto t = parse_local_time(s);
    if (!t || t->hour < 1 || t->hour > 12) return std::nullopt;
    t->hour = t->hour % 12 + (pm ? 12 : 0);
    return t;
}

}  // namespace proximity::history
