#include "core/plan/plan_file_name.hpp"

#include <cctype>

namespace proximity::plan {

std::string plan_file_name(const std::string& plan_name) {
    std::string slug;
    for (char c : plan_name) {
        const unsigned char u = static_cast<unsigned char>(c);
        // Letters of other scripts (every byte of a non-ASCII UTF-8 character) are kept,
        // so "Силовой план" names its file proximity-plan-силовой-план.json.
        if (u >= 0x80) slug += c;
        else if (std::isalnum(u)) slug += static_cast<char>(std::tolower(u));
        else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return "proximity-plan" + (slug.empty() ? std::string() : "-" + slug) + ".json";
}

}  // namespace proximity::plan
