#include "core/history/csv_values.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace proximity::history {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

NumberField number_field(std::string_view text, bool decimal_comma) {
    NumberField out;
    const std::string_view t = trimmed(text);
    if (t.empty()) return out;
    out.empty = false;
    char s[64];
    if (t.size() >= sizeof s) {
        out.valid = false;
        return out;
    }
    for (size_t i = 0; i < t.size(); ++i) s[i] = decimal_comma && t[i] == ',' ? '.' : t[i];
    s[t.size()] = '\0';
    bool digit = false;
    for (size_t i = 0; i < t.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') digit = true;
        else if (!(c == '.' || ((c == '-' || c == '+') && i == 0) || c == 'e' || c == 'E')) out.valid = false;
    }
    if (!digit || !out.valid) {
        out.valid = false;
        return out;
    }
    char* end = nullptr;
    const double v = std::strtod(s, &end);
    if (end != s + t.size() || !std::isfinite(v)) {
        out.valid = false;
        return out;
    }
    out.value = std::round(v * 1e6) / 1e6;
    return out;
}

std::optional<int> duration_text_seconds(std::string_view text) {
    const std::string_view t = trimmed(text);
    if (t.empty()) return std::nullopt;
    long total = 0;
    size_t i = 0;
    bool any = false;
    while (i < t.size()) {
        while (i < t.size() && t[i] == ' ') ++i;
        if (i == t.size()) break;
        long n = 0;
        size_t start = i;
        while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])) && n < 1000000) n = n * 10 + (t[i++] - '0');
        if (i == start || i == t.size()) return std::nullopt;
        const char unit = static_cast<char>(std::tolower(static_cast<unsigned char>(t[i++])));
        if (unit == 'h') total += n * 3600;
        else if (unit == 'm') total += n * 60;
        else if (unit == 's') total += n;
        else return std::nullopt;
        if (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) {  // "min", "sec"
            while (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
        }
        any = true;
    }
    if (!any || total > 7 * 24 * 3600) return std::nullopt;
    return static_cast<int>(total);
}

namespace {
std::string lower(std::string_view s) {
    std::string out(trimmed(s));
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}
}  // namespace

std::optional<int> clock_duration_seconds(std::string_view text) {
    const std::string_view t = trimmed(text);
    if (t.empty() || t.size() > 12) return std::nullopt;
    long total = 0, part = 0;
    int parts = 1, digits = 0;
    for (char c : t) {
        if (c == ':') {
            if (digits == 0 || ++parts > 3) return std::nullopt;
            total = total * 60 + part;
            part = 0;
            digits = 0;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            part = part * 10 + (c - '0');
            ++digits;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0 || (parts > 1 && part >= 60)) return std::nullopt;
    total = total * 60 + part;
    if (total > 7 * 24 * 3600) return std::nullopt;
    return static_cast<int>(total);
}

std::optional<units::Unit> weight_unit_of(std::string_view text) {
    const std::string u = lower(text);
    if (u == "kg" || u == "kgs") return units::Unit::Kg;
    if (u == "lb" || u == "lbs") return units::Unit::Lb;
    return std::nullopt;
}

std::optional<int> superset_number(std::string_view text) {
    const NumberField n = number_field(text, false);
    if (n.empty || !n.valid || n.value < 0 || n.value > 1000000 || n.value != std::floor(n.value)) return std::nullopt;
    return static_cast<int>(n.value);
}

double metres_per_distance_unit(std::string_view unit, double fallback) {
    const std::string u = lower(unit);
    if (u == "km" || u == "kms") return 1000;
    if (u == "mi" || u == "mile" || u == "miles") return 1609.344;
    if (u == "m" || u == "meters" || u == "metres") return 1;
    if (u == "ft" || u == "feet") return 0.3048;
    if (u == "yd" || u == "yds" || u == "yards") return 0.9144;
    return fallback;
}

Columns::Columns(const std::vector<std::string>& header) {
    names_.reserve(header.size());
    for (const std::string& h : header) names_.push_back(lower(h));
}

int Columns::find(std::initializer_list<const char*> names) const {
    for (const char* n : names) {
        const std::string want = lower(n);
        for (size_t i = 0; i < names_.size(); ++i)
            if (names_[i] == want) return static_cast<int>(i);
    }
    return -1;
}

std::string_view Columns::field(const CsvRecord& record, int column) {
    if (column < 0 || static_cast<size_t>(column) >= record.size()) return {};
    return record.field(static_cast<size_t>(column));
}

std::string_view utf8_prefix(std::string_view text, size_t max) {
    if (text.size() <= max) return text;
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut);
}

}  // namespace proximity::history
