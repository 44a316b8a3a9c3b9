#pragma once
// The history as a CSV file in Strong's current layout (semicolon-separated, every field
// quoted, the header strong_csv.hpp reads), so that a lifter can take their data to
// another app. All weights in `unit` ("Weight (kg)" or "Weight (lbs)"); Set Order "W"
// for a warm-up, "D" for a drop set, "F" for a set to failure, otherwise the running
// number; RPE as called (10 - RIR for a RIR call). Reading the file back with the Strong
// importer gives the same workouts, exercises, loads, reps, efforts and set types
// (rest-pause, myo-reps and forced reps become failure sets: Strong has no such types).
#include "core/history/history.hpp"

#include <string>

namespace proximity::history {

std::string strong_csv_text(const History& h, units::Unit unit);

}  // namespace proximity::history
