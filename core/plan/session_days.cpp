#include "core/plan/session_days.hpp"

#include <array>

namespace proximity::plan {

namespace {

constexpr std::array<std::array<int, 7>, 7> kSpread = {{
    {1, 0, 0, 0, 0, 0, 0},
    {1, 4, 0, 0, 0, 0, 0},
    {1, 3, 5, 0, 0, 0, 0},
    {1, 2, 4, 5, 0, 0, 0},
    {1, 2, 3, 5, 6, 0, 0},
    {1, 2, 3, 4, 5, 6, 0},
    {1, 2, 3, 4, 5, 6, 7},
}};

}  // namespace

std::vector<int> session_days(const Week& week) {
    const size_t n = week.sessions.size();
    std::vector<int> days(n);
    for (size_t i = 0; i < n; ++i) {
        const int explicit_day = week.sessions[i].day;
        if (explicit_day >= 1 && explicit_day <= 7) days[i] = explicit_day;
        else if (n <= 7) days[i] = kSpread[n - 1][i];
        else days[i] = static_cast<int>(i % 7) + 1;
    }
    return days;
}

const char* day_name(int day) {
    static constexpr std::array<const char*, 8> kNames = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return day >= 1 && day <= 7 ? kNames[day] : "";
}

const char* day_full_name(int day) {
    static constexpr std::array<const char*, 8> kNames = {"",         "Monday", "Tuesday", "Wednesday",
                                                          "Thursday", "Friday", "Saturday", "Sunday"};
    return day >= 1 && day <= 7 ? kNames[day] : "";
}

}  // namespace proximity::plan
