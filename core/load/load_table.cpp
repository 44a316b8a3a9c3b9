#include "core/load/load_table.hpp"

namespace proximity::load {

LoadTable load_table(double e1rm, Formula formula, int max_reps, const std::vector<double>& rir_columns) {
    LoadTable table;
    table.rir_columns = rir_columns;
    for (int reps = 1; reps <= max_reps; ++reps) {
        LoadTableRow row;
        row.reps = reps;
        for (double rir : rir_columns) {
            auto fraction = fraction_of_one_rep_max(formula, reps + rir);
            row.loads.push_back(fraction ? std::optional<double>(e1rm * *fraction) : std::nullopt);
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace proximity::load
