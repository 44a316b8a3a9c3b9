#include "core/load/load_table.hpp"

namespace proximity::load {

LoadTable load_table(double e1rm, Formula formula, int max_reps, const std::vector<double>& rir_columns,
                     const LoadRounder* rounder, RoundingMode mode) {
    LoadTable table;
    table.rir_columns = rir_columns;
    for (int reps = 1; reps <= max_reps; ++reps) {
        LoadTableRow row;
        row.reps = reps;
        for (double rir : rir_columns) {
            LoadTableCell cell;
            cell.rough = reps + rir > kReliableRepsToFailure;
            if (auto fraction = fraction_of_one_rep_max(formula, reps + rir)) {
                cell.load = e1rm * *fraction;
                cell.percent = *fraction * 100.0;
                if (rounder) cell.rounded = rounder->round(*cell.load, mode);
            }
            row.cells.push_back(std::move(cell));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace proximity::load
