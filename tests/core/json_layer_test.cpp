// The layers point one way: domain <- core/json <- core/api. core/shapes (the one
// description of every input and output shape) is plain data like the domain: the readers
// and the engine include it, it includes neither. JSON lives in one layer:
// core/json reads and writes it, core/api calls it. Every other directory of core/ (the
// domain: load, policy, plan, exercise, history, ...) includes neither nlohmann nor a
// core/json or core/api header, so no domain file sees a JSON value or the dispatch; and
// core/json includes nothing of core/api (the readers and writers stand below the methods).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// core/bench (the measurement methods, bench build only) stands beside core/api.
const std::set<std::string> kJsonLayers = {"api", "bench", "json", "data"};

// "core/plan/plan_reader.cpp:5: #include <nlohmann/json.hpp>" for each include in `file`
// of one of `layers` ("nlohmann", "core/json/", "core/api/").
std::vector<std::string> layer_includes(const fs::path& file, const std::string& shown,
                                        const std::vector<std::string>& layers) {
    std::vector<std::string> found;
    std::ifstream in(file);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const auto start = line.find_first_not_of(" \t");
        if (start == std::string::npos || line.compare(start, 1, "#") != 0) continue;
        const auto include = line.find("include", start);
        if (include == std::string::npos) continue;
        if (std::any_of(layers.begin(), layers.end(),
                        [&](const std::string& layer) { return line.find(layer, include) != std::string::npos; }))
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
            for (std::string& hit : layer_includes(entry.path(), fs::relative(entry.path(), core.parent_path()).string(),
                                                   {"nlohmann", "core/json/", "core/api/"}))
                offending.push_back(std::move(hit));
        }
    }
    // The scan saw the domain (not an empty or wrong directory).
    for (const char* domain : {"analysis", "common", "exercise", "history", "load", "plan", "policy", "profile",
                               "session", "shapes", "units"})
        EXPECT_TRUE(scanned_dirs.count(domain)) << "core/" << domain << " was not scanned";
    EXPECT_GT(scanned_files, 100u);
    std::sort(offending.begin(), offending.end());
    std::string list;
    for (const std::string& hit : offending) list += "\n  " + hit;
    EXPECT_TRUE(offending.empty()) << "domain files that include JSON or the API (move that part to core/json or core/api):"
                                   << list;
}

TEST(JsonLayer, ReadersAndWritersIncludeNoApi) {
    const fs::path core = fs::path(PROXIMITY_SOURCE_DIR) / "core";
    size_t scanned_files = 0;
    std::vector<std::string> offending;
    for (const auto& entry : fs::recursive_directory_iterator(core / "json")) {
        const std::string ext = entry.path().extension().string();
        if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
        ++scanned_files;
        for (std::string& hit :
             layer_includes(entry.path(), fs::relative(entry.path(), core.parent_path()).string(), {"core/api/"}))
            offending.push_back(std::move(hit));
    }
    EXPECT_GT(scanned_files, 20u);
    std::string list;
    for (const std::string& hit : offending) list += "\n  " + hit;
    EXPECT_TRUE(offending.empty()) << "core/json files that include core/api (move what they need down):" << list;
}

}  // namespace
