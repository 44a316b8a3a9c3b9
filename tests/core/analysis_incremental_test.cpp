// The incremental analysis (history_analysis.hpp's `previous`, the engine's memo after
// px.logSet / px.appendWorkout) gives exactly the answer of a full recompute: on every
// analyzeHistory vector with a history (the same vectors the API is checked with), taking
// over any number of leading workouts; and through the engine, after each of a run of
// logged sets, against the same history sent whole.
#include "core/analysis/history_analysis.hpp"
#include "core/json/analysis_inputs.hpp"
#include "core/json/analysis_json.hpp"
#include "core/api/engine.hpp"
#include "core/json/history_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace proximity::api {
namespace {

using nlohmann::json;

std::vector<json> analysis_vectors() {
    std::vector<json> out;
    for (const auto& file : std::filesystem::directory_iterator(PROXIMITY_VECTORS_DIR)) {
        if (file.path().extension() != ".json") continue;
        std::ifstream in(file.path());
        const json doc = json::parse(in);
        for (const json& v : doc["vectors"])
            if (v["method"] == "analyzeHistory" && !v.contains("error") && !v.contains("setup") && v["input"].contains("history"))
                out.push_back(v);
    }
    return out;
}

// The history with workout `k` changed (its last set dropped, or the workout dropped when
// that empties it) and every later workout gone: what a history looked like before.
history::History before(history::History h, size_t k) {
    h.workouts.resize(std::min(h.workouts.size(), k + 1));
    if (h.workouts.size() == k + 1) {
        auto& x = h.workouts[k].exercises;
        if (!x.empty() && !x.back().sets.empty()) x.back().sets.pop_back();
        if (!x.empty() && x.back().sets.empty()) x.pop_back();
        if (x.empty()) h.workouts.pop_back();
    }
    return h;
}

TEST(AnalysisIncremental, EveryAnalysisVectorEqualsItsFullRecomputeFromAnyPrefix) {
    const std::vector<json> vectors = analysis_vectors();
    ASSERT_GE(vectors.size(), 10u);
    const auto library = exercise::ExerciseLibrary::builtin();
    const auto rules = policy::RuleSet::builtin();
    int compared = 0;
    for (const json& v : vectors) {
        const json& in = v["input"];
        const history::History h = history::read_history(in["history"], library);
        const analysis::AnalysisOptions options = analysis::read_analysis_options(in, library);
        const std::string full = analysis::analysis_json(analysis::analyze_history(h, library, rules, options), h, -100000000).dump();
        for (size_t k = 0; k <= h.workouts.size(); ++k) {
            const history::History old = before(h, k);
            analysis::HistoryAnalysis previous = analysis::analyze_history(old, library, rules, options);
            const analysis::HistoryAnalysis again = analysis::analyze_history(h, library, rules, options, &previous, k);
            EXPECT_EQ(analysis::analysis_json(again, h, -100000000).dump(), full) << v["name"] << ", taking over " << k << " workouts";
            ++compared;
        }
    }
    EXPECT_GT(compared, 30);
}

// A history document and the same sets sent to the engine one by one.
struct Mirror {
    json doc = {{"version", 1}, {"workouts", json::array()}};
    void log(Engine& e, const std::string& exercise, const json& set, const std::string& start = "") {
        json call = {{"exercise", exercise}, {"set", set}};
        if (!start.empty()) {
            call["workout"] = {{"start", start}};
            doc["workouts"].push_back({{"start", start}, {"exercises", json::array()}});
        }
        json& x = doc["workouts"].back()["exercises"];
        if (x.empty() || x.back()["exercise"] != exercise) x.push_back({{"exercise", exercise}, {"sets", json::array()}});
        x.back()["sets"].push_back(set);
        e.call_json("logSet", call);
    }
};

json set(double load, int reps, const char* effort, double value) {
    json s = {{"load", load}, {"unit", "kg"}, {"reps", reps}};
    s[effort] = value;
    return s;
}

TEST(AnalysisIncremental, TheEngineAfterEachLoggedSetAnswersAsTheWholeHistorySent) {
    Engine e;
    Mirror m;
    e.call_json("clearHistory", json::object());
    const char* lifts[] = {"bench-press", "incline-bench-press", "back-squat", "cable-fly"};
    int day = 2;
    for (int w = 0; w < 12; ++w, day += 2) {
        const std::string start = "2024-12-" + std::string(day < 10 ? "0" : "") + std::to_string(day) + "T18:00:00";
        for (int x = 0; x < 3; ++x) {
            const std::string lift = lifts[(w + x) % 4];
            for (int k = 0; k < 3; ++k) {
                json s = set(60 + 5 * x + (w % 3), 6 + k, "rir", double((w + k) % 3));
                if (k == 2 && w % 4 == 1) s = {{"load", 70}, {"unit", "kg"}, {"reps", 8}, {"failure", true}};
                else if (k == 2 && w % 5 == 3) s["failureReps"] = 9 + k;  // a calibration test now and then
                m.log(e, lift, s, x == 0 && k == 0 ? start : "");
                const json kept = e.call_json("analyzeHistory", {{"lifter", {{"status", "beginner"}}}});
                const json whole = e.call_json("analyzeHistory", {{"history", m.doc}, {"lifter", {{"status", "beginner"}}}});
                ASSERT_EQ(kept, whole) << "after workout " << w << ", exercise " << x << ", set " << k;
            }
        }
    }
    EXPECT_EQ(e.call_json("analyzeHistory", json::object())["exercises"].size(), 4u);
}

TEST(AnalysisIncremental, AWorkoutAppendedInTheMiddleIsReadAgainFromThere) {
    Engine e;
    Mirror m;
    for (int w = 0; w < 6; ++w)
        m.log(e, w % 2 ? "bench-press" : "back-squat", set(100 + w, 5, "rir", 2), "2024-12-0" + std::to_string(w + 1) + "T18:00:00");
    e.call_json("analyzeHistory", json::object());
    const json middle = {{"start", "2024-12-03T12:00:00"},
                         {"exercises", {{{"exercise", "deadlift"}, {"sets", {set(150, 5, "rpe", 8)}}}}}};
    e.call_json("appendWorkout", {{"workout", middle}});
    auto& ws = m.doc["workouts"];
    ws.insert(ws.begin() + 2, middle);  // after 1 and 2 December, before 3 December 18:00
    EXPECT_EQ(e.call_json("analyzeHistory", json::object()), e.call_json("analyzeHistory", {{"history", m.doc}}));
}

}  // namespace
}  // namespace proximity::api
