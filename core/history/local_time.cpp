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

}  // namespace proximity::history
