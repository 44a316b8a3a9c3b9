// Import -> export -> import gives the same history (issue 23, "Done when"): the shared
// vectors whose name starts with "round trip:" (tests/vectors/history_import.json) are
// imported, exported and imported again through the engine, as
// tests/js/history-roundtrip.test.mjs does on the WASM build.
//  - A Proximity file keeps everything: the histories are equal, field for field.
//  - A Strong CSV keeps every workout, exercise, superset, load, rep, set type, effort
//    and note; only what Strong's layout cannot say differs, and is named here: the
//    source (the file is now a Strong export) and an RIR call (written as RPE 10 - RIR).
#include "support/engine_call.hpp"
#include "support/vector_matcher.hpp"

#include <gtest/gtest.h>

namespace proximity::testing {
namespace {

using nlohmann::json;

std::vector<Vector> round_trip_vectors() {
    std::vector<Vector> out;
    for (const Vector& v : load_all_vectors())
        if (v.spec.value("name", "").rfind("round trip:", 0) == 0) out.push_back(v);
    return out;
}

json result(api::Engine& e, const std::string& method, const json& input) {
    const json answer = call(e, method, input);
    EXPECT_TRUE(answer.at("ok").get<bool>()) << method << ": " << answer.dump();
    return answer.value("result", json::object());
}

json imported(api::Engine& e, const std::string& text) {
    return result(e, "importHistory", {{"text", text}}).at("history");
}

// What a Strong CSV cannot say, taken out of a history for the comparison.
json as_strong_says(json h) {
    for (json& w : h.at("workouts")) {
        w.erase("source");
        for (json& x : w.at("exercises"))
            for (json& s : x.at("sets"))
                if (s.contains("rir")) s["rpe"] = 10 - s["rir"].get<double>(), s.erase("rir");
    }
    return h;
}

TEST(HistoryRoundTrip, ThereAreRoundTripVectors) { EXPECT_GE(round_trip_vectors().size(), 2u); }

TEST(HistoryRoundTrip, AProximityFileGivesTheSameHistory) {
    for (const Vector& v : round_trip_vectors()) {
        SCOPED_TRACE(v.name());
        api::Engine e;
        const json first = imported(e, v.spec.at("input").at("text"));
        ASSERT_FALSE(first.at("workouts").empty());
        const json file = result(e, "exportHistory", {{"history", first}, {"format", "proximity"}});
        const json again = imported(e, file.at("text"));
        EXPECT_EQ(again, first);
    }
}

TEST(HistoryRoundTrip, AStrongFileKeepsSupersetsBodyweightAndAssistedSets) {
    for (const Vector& v : round_trip_vectors()) {
        SCOPED_TRACE(v.name());
        api::Engine e;
        const json first = imported(e, v.spec.at("input").at("text"));
        const json file = result(e, "exportHistory", {{"history", first}, {"format", "strong"}});
        const json again = imported(e, file.at("text"));
        for (const json& w : again.at("workouts")) EXPECT_EQ(w.at("source"), "strong");
        EXPECT_EQ(as_strong_says(again), as_strong_says(first)) << file.at("text").get<std::string>();
    }
}

}  // namespace
}  // namespace proximity::testing
