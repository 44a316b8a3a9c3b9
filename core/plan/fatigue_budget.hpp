#pragma once
// The weekly fatigue budget: how many fatigue-cost units (fatigue_cost.hpp) a lifter of
// a given training status can be expected to recover from in a week, and how a week's
// cost compares with it (within <= 90 %, near <= 100 %, over > 100 %).
// Calibration (a model choice, no study gives these numbers; editable per plan as
// settings.fatigueBudget): the intermediate budget is what a week of about 14 hard sets
// for each of 6 muscle groups costs when worked at RIR 1-2 with a typical mix of heavy
// compound, compound and isolation work; beginners get 60 % of it (seed 000: beginners
// should not be doing failure work at all, and their productive volume is lower —
// Schoenfeld 2017's 5-9 set category already grows), advanced lifters 120 %.
#include "core/policy/set_context.hpp"

namespace proximity::plan {

enum class BudgetStatus { Within, Near, Over };
const char* budget_status_id(BudgetStatus s);  // "within", "near", "over"

double default_fatigue_budget(policy::LifterStatus status);
BudgetStatus classify_budget(double cost, double budget);

}  // namespace proximity::plan
