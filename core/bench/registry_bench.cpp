// The bench build's registry: build/wasm-bench/proximity-bench and the native tests/bench
// drivers (scripts/bench): every row of the method table this build carries (the shipped
// methods, core/api/method_table.hpp), then the measurement methods, which live here and
// in no product file.
#include "core/api/method_table.hpp"
#include "core/bench/bench_contract.hpp"
#include "core/bench/bench_handlers.hpp"

namespace proximity::api {
namespace {

namespace bc = bench::contract;

inline constexpr Method kMeasurementMethods[] = {
    {"benchRecompute", kBenchOnly, bench::bench_recompute, bc::kRecomputeInput, bc::kRecomputeOutput},
    {"benchmarkAdvice", kBenchOnly, bench::benchmark_advice, bc::kAdviceInput, bc::kAdviceOutput},
    {"benchPlanEvaluation", kBenchOnly, bench::bench_plan_evaluation, bc::kPlanEvaluationInput, bc::kPlanEvaluationOutput},
    {"benchHistoryAnalysis", kBenchOnly, bench::bench_history_analysis, bc::kHistoryAnalysisInput, bc::kHistoryAnalysisOutput},
};

constexpr std::size_t kShippedCount = method_count<kBenchBuild>();
constexpr std::size_t kCount = kShippedCount + std::size(kMeasurementMethods);

struct Rows {
    Method rows[kCount];
};

constexpr Rows bench_rows() {
    Rows out{};
    const BuildMethods<kBenchBuild> shipped = methods_of<kBenchBuild>();
    for (std::size_t i = 0; i < kShippedCount; ++i) out.rows[i] = shipped.rows[i];
    for (std::size_t i = 0; i < std::size(kMeasurementMethods); ++i) out.rows[kShippedCount + i] = kMeasurementMethods[i];
    return out;
}

constexpr Rows kRegistry = bench_rows();

}  // namespace

MethodList all_methods() { return {kRegistry.rows, kCount}; }
unsigned this_build() { return kBenchBuild; }

}  // namespace proximity::api
