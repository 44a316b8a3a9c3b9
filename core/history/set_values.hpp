#pragma once
// The numbers of one exported set, checked and put into a LoggedSet the same way for
// every app: an empty set (no weight, reps, distance or time) is not a set; a set with a
// weight but no reps is not either; no weight is a bodyweight set (load 0); a row with
// a distance or time and no reps is a timed row (cardio, holds); RPE outside 1-10 is
// refused and otherwise kept to the nearest half step.
#include "core/history/csv_values.hpp"
#include "core/history/history.hpp"

#include <string>

namespace proximity::history {

struct SetNumbers {
    NumberField weight, reps, rpe;
    double metres = 0;   // 0 when none
    double seconds = 0;  // 0 when none
    bool numbers_valid = true;  // every field was blank or a number
};

// Fills load, reps, effort, distance and seconds of `s`; returns "" or why the row is
// not a set the history can hold.
std::string fill_set_numbers(LoggedSet& s, const SetNumbers& n);

}  // namespace proximity::history
