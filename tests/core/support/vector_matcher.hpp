#pragma once
// Test vectors shared by the native GoogleTest suite and the node --test suite on the
// WASM build (tests/vectors/*.json). A vector is
//   {"name": "...", "method": "...", "input": {...},
//    "expect": {...}            // subset of the result; numbers within "tolerance"
//    | "error": {"field": "..."}}  // the call must fail naming this field
// tests/js/vector_matcher.mjs is the same matcher in JS; keep the two in step.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace proximity::testing {

struct Vector {
    std::string file;
    nlohmann::json spec;
    std::string name() const;
};

// How GoogleTest prints a vector in test names and failures.
inline void PrintTo(const Vector& v, std::ostream* os) { *os << v.name(); }

// Every vector of every file in tests/vectors.
std::vector<Vector> load_all_vectors();

// Empty when `actual` matches `expected`; otherwise where and how it differs.
std::string json_mismatch(const nlohmann::json& expected, const nlohmann::json& actual,
                     double tolerance, const std::string& where = "result");

// The vector's name as a GoogleTest parameter name (letters, digits and _, unique).
std::string vector_test_name(const ::testing::TestParamInfo<Vector>& info);

// Runs one vector through a fresh engine's call() (the same entry the WASM build has);
// empty string when it passes.
std::string run_vector(const Vector& v);

// The result the vector's call answers (after its setup calls), or null when it fails.
nlohmann::json answer_of(const Vector& v);

}  // namespace proximity::testing
