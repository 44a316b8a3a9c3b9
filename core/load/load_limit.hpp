#pragma once
// The range of a load or 1RM the app takes, kg or lb: one limit for every reader, the
// calculator's fields and describe().
#include "core/common/limit.hpp"

namespace proximity::load {

// A load or 1RM the calculator takes, kg or lb.
constexpr Limit kLoadLimit{0.1, 10000, 0,
                           "from below the smallest fractional plate to heavier than any lift ever made: anything "
                           "outside is a typo"};
constexpr double kMaxLoad = kLoadLimit.max;
constexpr double kMinLoad = kLoadLimit.min;

}  // namespace proximity::load
