// The bench build's registry (core/bench/registry_bench.cpp, build/wasm-bench for
// scripts/bench): every shipped method plus the measurement methods, which no shipped
// module carries (calculator_registry_test.cpp and vectors.test.mjs check those).
#include "core/api/engine.hpp"
#include "core/bench/recompute_workload.hpp"
#include "core/support/engine_call.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace proximity::api {
namespace {

using nlohmann::json;
using proximity::testing::call;
using bench::run_recompute_workload;

TEST(BenchRegistry, OffersTheMeasurementMethodsAndEveryShippedOne) {
    const auto names = Engine::method_names();
    for (const char* m : {"benchRecompute", "benchmarkAdvice", "benchPlanEvaluation", "benchHistoryAnalysis",
                          "estimateOneRepMax", "adviseSet", "evaluatePlan", "analyzeHistory", "describe"})
        EXPECT_NE(std::find(names.begin(), names.end(), m), names.end()) << m;
    Engine e;
    const json d = call(e, "describe", json::object())["result"];
    EXPECT_EQ(d["build"], "bench");
    for (const auto& m : d["methods"]) {
        const std::string name = m["name"];
        const bool measurement = name.rfind("bench", 0) == 0;
        const bool full = std::find(m["builds"].begin(), m["builds"].end(), "full") != m["builds"].end();
        EXPECT_EQ(full, !measurement) << name;
    }
}

TEST(BenchRegistry, BenchRecomputeRunsTheSharedWorkload) {
    Engine e;
    const json out = call(e, "benchRecompute", {{"iterations", 10}});
    ASSERT_TRUE(out["ok"].get<bool>()) << out.dump();
    EXPECT_EQ(out["result"]["iterations"], 10);
    EXPECT_GT(out["result"]["perRecomputeMicros"].get<double>(), 0.0);
    // The same checksum as running the workload directly: loads 100..109 x 5 @ RIR 2.
    Engine direct;
    EXPECT_DOUBLE_EQ(out["result"]["checksum"].get<double>(), run_recompute_workload(direct, 10));
    // One recompute of 100 x 5 @ RIR 2: e1RM 100 * (1 + 7/30) by hand, plus the length
    // of the page's one answer (the estimate and the 12 x 5 table with plates).
    Engine one;
    const double checksum = run_recompute_workload(one, 1);
    const std::string answer = one.call("estimateOneRepMax",
        R"({"load":100,"reps":5,"rir":2,"unit":"kg","formula":"epley","experience":"intermediate",)"
        R"("table":true,"equipment":{"type":"barbell"},"rounding":"nearest"})");
    EXPECT_GT(answer.size(), 5000u);
    EXPECT_NEAR(checksum, 100 * 37.0 / 30.0 + static_cast<double>(answer.size()), 1e-9);
}

TEST(BenchRegistry, BenchRecomputeRefusesZeroIterations) {
    Engine e;
    const json out = call(e, "benchRecompute", {{"iterations", 0}});
    EXPECT_FALSE(out["ok"].get<bool>());
    EXPECT_EQ(out["error"]["field"], "iterations");
}

// The measurement methods are held to their descriptions like every other method
// (method_contract_test.cpp walks the full build's).
TEST(BenchRegistry, TheMeasurementMethodsRefuseUnknownAndWronglyTypedFields) {
    Engine e;
    for (const char* method : {"benchRecompute", "benchmarkAdvice", "benchPlanEvaluation", "benchHistoryAnalysis"}) {
        SCOPED_TRACE(method);
        const json typed = call(e, method, {{"iterations", 2.5}});
        EXPECT_EQ(typed["error"]["field"], "iterations");
        EXPECT_EQ(typed["error"]["message"], "iterations must be a whole number");
        const json unknown = call(e, method, {{"iteration", 2}});
        EXPECT_EQ(unknown["error"]["field"], "iteration");
    }
    const json plan = call(e, "benchPlanEvaluation", {{"includePlan", "yes"}});
    EXPECT_EQ(plan["error"]["message"], "includePlan must be true or false");
}

}  // namespace
}  // namespace proximity::api
