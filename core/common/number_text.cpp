#include "core/common/number_text.hpp"

#include <cstdio>

namespace proximity {

namespace {

// 1e308, 2.5e-12: huge and tiny numbers as a person writes them, not 309 digits.
std::string scientific_text(double value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", value);
    std::string s(buf);
    const size_t e = s.find('e');
    if (e == std::string::npos) return s;
    std::string mantissa = s.substr(0, e), exponent = s.substr(e + 1);
    const bool negative = !exponent.empty() && exponent[0] == '-';
    if (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-')) exponent.erase(0, 1);
    while (exponent.size() > 1 && exponent[0] == '0') exponent.erase(0, 1);
    return mantissa + "e" + (negative ? "-" : "") + exponent;
}

}  // namespace

std::string number_text(double value, int max_decimals) {
    if (value != value) return "NaN";
    const double magnitude = value < 0 ? -value : value;
    if (magnitude >= 1e15 || (magnitude > 0 && magnitude < 1e-6)) return scientific_text(value);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", max_decimals, value);
    std::string s(buf);
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

}  // namespace proximity
