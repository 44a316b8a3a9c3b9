#pragma once
// Library names ("Bench press (barbell)", "Front delts") inside planner sentences.
#include <cctype>
#include <string>

namespace proximity::plan {

inline std::string lowercase_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

inline std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

}  // namespace proximity::plan
