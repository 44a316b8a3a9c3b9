// Runs every shared test vector (tests/vectors/*.json) through the native engine.
// tests/js/vectors.test.mjs runs the same files through the WASM build.
#include "core/support/vector_matcher.hpp"

#include "core/api/method.hpp"
#include "core/support/described.hpp"

#include <gtest/gtest.h>

namespace proximity::testing {
namespace {

class SharedVectors : public ::testing::TestWithParam<Vector> {};

TEST_P(SharedVectors, NativeEngineAgrees) {
    const Vector& v = GetParam();
    EXPECT_EQ(run_vector(v), "") << v.name();
}

// What every vector's call answers holds only the fields its method describes (so the
// TypeScript types generated from describe() say what a caller really gets).
TEST_P(SharedVectors, AnswerHoldsOnlyDescribedFields) {
    const Vector& v = GetParam();
    if (v.spec.contains("error")) return;
    const std::string method = v.spec.at("method");
    const api::Method* row = nullptr;
    for (const api::Method& m : api::all_methods())
        if (method == m.name) row = &m;
    ASSERT_NE(row, nullptr) << method;
    EXPECT_EQ(undescribed(answer_of(v), row->output, method + "()"), "");
}

INSTANTIATE_TEST_SUITE_P(AllFiles, SharedVectors, ::testing::ValuesIn(load_all_vectors()),
                         vector_test_name);

}  // namespace
}  // namespace proximity::testing
