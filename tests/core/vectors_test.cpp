// Runs every shared test vector (tests/vectors/*.json) through the native engine.
// tests/js/vectors.test.mjs runs the same files through the WASM build.
#include "core/support/vector_matcher.hpp"

#include <gtest/gtest.h>

namespace proximity::testing {
namespace {

class SharedVectors : public ::testing::TestWithParam<Vector> {};

TEST_P(SharedVectors, NativeEngineAgrees) {
    const Vector& v = GetParam();
    EXPECT_EQ(run_vector(v), "") << v.name();
}

INSTANTIATE_TEST_SUITE_P(AllFiles, SharedVectors, ::testing::ValuesIn(load_all_vectors()),
                         vector_test_name);

}  // namespace
}  // namespace proximity::testing
