#pragma once
// The file a history is exported to: "proximity-history-<last workout's date><suffix>".
#include "core/history/history.hpp"

#include <string>
#include <vector>

namespace proximity::history {

std::string history_file_name(const History& h, const char* suffix);

// The formats a history is exported in: "proximity" (a JSON file), "strong" (a CSV file).
const std::vector<std::string>& export_format_list();

}  // namespace proximity::history
