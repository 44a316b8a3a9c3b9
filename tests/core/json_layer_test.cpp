// JSON lives in one layer: core/json reads and writes it, core/api calls it. Every other
// directory of core/ (the domain: load, policy, plan, exercise, history, ...) includes
// neither nlohmann nor a core/json header, so no domain file sees a JSON value.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const std::set<std::string> kJsonLayers = {"api", "json", "data"};

// "core/plan/plan_reader.cpp:5: #include <nlohmann/json.hpp>" for each include of the
// JSON layer in `file`.
std::vector<std::string> json_includes(const fs::path& file, const std::string& shown) {
    std::vector<std::string> found;
    std::ifstream in(file);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const auto start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line.compare(start, 1, "#") != 0) continue;
        const auto include = line.find("include", start);
        if (include == std::string::npos) continue;
        if (line.find("nlohmann", include) != std::string::npos || line.find("core/json/", include) != std::string::npos)
            found.push_back(shown + ":" + std::to_string(number) + ": " + line.substr(start));
    }
    return found;
}

TEST(JsonLayer, DomainDirectoriesIncludeNoJson) {
    const fs::path core = fs::path(PROXIMITY_SOURCE_DIR) / "core";
    std::set<std::string> scanned_dirs;
    size_t scanned_files = 0;
    std::vector<std::string> offending;
    for (const auto& dir : fs::directory_iterator(core)) {
        const std::string name = dir.path().filename().string();
        if (!dir.is_directory() || kJsonLayers.count(name)) continue;
        scanned_dirs.insert(name);
        for (const auto& entry : fs::recursive_directory_iterator(dir.path())) {
            const std::string ext = entry.path().extension().string();
            if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
            ++scanned_files;
            for (std::string& hit : json_includes(entry.path(), fs::relative(entry.path(), core.parent_path()).string()))
                offending.push_back(std::move(hit));
        }
    }
    // The scan saw the domain (not an empty or wrong directory).
    for (const char* domain : {"analysis", "common", "exercise", "history", "load", "plan", "policy", "profile",
                               "session", "units"})
        EXPECT_TRUE(scanned_dirs.count(domain)) << "core/" << domain << " was not scanned";
    EXPECT_GT(scanned_files, 100u);
    std::sort(offending.begin(), offending.end());
    std::string list;
    for (const std::string& hit : offending) list += "\n  " + hit;
    EXPECT_TRUE(offending.empty()) << "domain files that include JSON (move the JSON part to core/json):" << list;
}

}  // namespace
