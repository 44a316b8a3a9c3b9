#pragma once
// Defines all_methods() and this_build() for one build, from core/api/method_table.hpp.
// Each core/api/registry_<build>.cpp expands it once; a program links exactly one.
#include "core/api/method_table.hpp"

#define PROXIMITY_REGISTRY(BUILD_BIT)                                                  \
    namespace proximity::api {                                                         \
    namespace {                                                                        \
    constexpr BuildMethods<BUILD_BIT> kRegistry = methods_of<BUILD_BIT>();             \
    }                                                                                  \
    MethodList all_methods() { return {kRegistry.rows, method_count<BUILD_BIT>()}; }  \
    unsigned this_build() { return BUILD_BIT; }                                        \
    }
