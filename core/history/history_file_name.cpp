#include "core/history/history_file_name.hpp"

namespace proximity::history {

std::string history_file_name(const History& h, const char* suffix) {
    std::string name = "proximity-history";
    if (!h.workouts.empty()) name += "-" + h.workouts.back().start.substr(0, 10);
    return name + suffix;
}

const std::vector<std::string>& export_format_list() {
    static const std::vector<std::string> formats = {"proximity", "strong"};
    return formats;
}

}  // namespace proximity::history
