#pragma once
// The personal load table: the load for reps 1..max_reps at each RIR column, from an
// e1RM, optionally rounded to what the lifter's equipment can make.
#include "core/load/formula.hpp"
#include "core/load/load_rounding.hpp"

#include <optional>
#include <vector>

namespace proximity::load {

struct LoadTableCell {
    std::optional<double> load;     // nullopt where the formula is undefined
    std::optional<double> percent;  // % of e1RM
    std::optional<RoundedLoad> rounded;
    bool rough = false;  // more than kReliableRepsToFailure reps to failure
};

struct LoadTableRow {
    int reps = 0;
    std::vector<LoadTableCell> cells;  // one per RIR column
};

struct LoadTable {
    std::vector<double> rir_columns;
    std::vector<LoadTableRow> rows;
};

// With a rounder, every defined cell is also rounded (one plate search for the table).
LoadTable load_table(double e1rm, Formula formula, int max_reps = 12,
                     const std::vector<double>& rir_columns = {0, 1, 2, 3, 4},
                     const LoadRounder* rounder = nullptr, RoundingMode mode = RoundingMode::Nearest);

}  // namespace proximity::load
