#pragma once
// The weights an equipment description may hold, each once with its reason (kg or lb, in
// thousandths: load_inputs.cpp reads them, px.describe() publishes them so the pages set
// their inputs' min/max from here).
#include "core/common/limit.hpp"

namespace proximity::load {

constexpr Limit kBarWeightLimit{0, 1000, 0, "an empty bar of any make; 0 for loading without a bar"};
constexpr Limit kPlateWeightLimit{0, 100, 0, "heavier than any plate made; a plate weighs more than 0"};
constexpr Limit kPlateCountLimit{0, 100, 1, "more plates of one size than any gym owns"};
constexpr Limit kStepWeightLimit{0, 1000, 0, "a dumbbell rack's or a stack's step; it weighs more than 0"};
constexpr Limit kStackWeightLimit{0, 10000, 0, "the lightest or heaviest a rack or stack offers; past 10000 is a typo"};

}  // namespace proximity::load
