// The calculator module's registry (core/api/registry_calculator.cpp), linked here in
// place of the full one exactly as in web/wasm/proximity-calculator: it offers the load
// methods and nothing else, and every load vector (tests/vectors/load_*.json) gives the
// same answers through it as through the full registry (vectors_test.cpp runs them there;
// load_api_test.cpp checks that the full registry lists these methods too).
#include "core/api/engine.hpp"
#include "core/support/vector_matcher.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

namespace proximity::testing {
namespace {

using nlohmann::json;

std::vector<Vector> load_vectors() {
    std::vector<Vector> out;
    for (auto& v : load_all_vectors())
        if (std::filesystem::path(v.file).stem().string().rfind("load_", 0) == 0) out.push_back(std::move(v));
    return out;
}

TEST(CalculatorRegistry, OffersExactlyTheLoadMethods) {
    const std::vector<std::string> expected = {"describe", "estimateOneRepMax", "loadForTarget", "loadTable",
                                               "calibrateRir",      "roundLoad",     "defaultEquipment",
                                               "convertUnit"};
    EXPECT_EQ(api::Engine::method_names(), expected);
}

TEST(CalculatorRegistry, StatefulMethodsAreAbsentAndTheEngineStaysUsable) {
    api::Engine engine;
    for (const char* method : {"adviseSet", "exercises", "addExercise", "loadRuleSet", "benchRecompute"}) {
        const json out = json::parse(engine.call(method, "{}"));
        EXPECT_FALSE(out.at("ok").get<bool>()) << method;
        EXPECT_EQ(out.at("error").at("field"), "method") << method;
        EXPECT_EQ(out.at("error").at("message"), std::string("unknown method \"") + method + "\"");
    }
    const json out = json::parse(engine.call("estimateOneRepMax", R"({"load":100,"reps":1,"rir":0})"));
    ASSERT_TRUE(out.at("ok").get<bool>()) << out.dump();
    EXPECT_DOUBLE_EQ(out.at("result").at("e1rm").get<double>(), 100.0);
}

TEST(CalculatorRegistry, RunsEveryLoadVectorFile) {
    // load_estimation, load_calibration, load_rounding: well over a hundred vectors.
    EXPECT_GE(load_vectors().size(), 140u);
}

class CalculatorLoadVectors : public ::testing::TestWithParam<Vector> {};

TEST_P(CalculatorLoadVectors, SameAnswersAsTheFullEngine) {
    const Vector& v = GetParam();
    EXPECT_EQ(run_vector(v), "") << v.name();
}

INSTANTIATE_TEST_SUITE_P(LoadFiles, CalculatorLoadVectors, ::testing::ValuesIn(load_vectors()),
                         vector_test_name);

}  // namespace
}  // namespace proximity::testing
