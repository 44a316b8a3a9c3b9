#pragma once
// The personal load table: the load for reps 1..max_reps at each RIR column, from an e1RM.
#include "core/load/formula.hpp"

#include <optional>
#include <vector>

namespace proximity::load {

struct LoadTableRow {
    int reps = 0;
    std::vector<std::optional<double>> loads;  // one per RIR column; nullopt if undefined
};

struct LoadTable {
    std::vector<double> rir_columns;
    std::vector<LoadTableRow> rows;
};

LoadTable load_table(double e1rm, Formula formula, int max_reps = 12,
                     const std::vector<double>& rir_columns = {0, 1, 2, 3, 4});

}  // namespace proximity::load
