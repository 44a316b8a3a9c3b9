#pragma once
// The history as a CSV file in Strong's current layout (semicolon-separated, every field
// quoted, the header strong_csv.hpp reads), so that a lifter can take their data to
// another app. All weights in `unit` ("Weight (kg)" or "Weight (lbs)"); Set Order "W"
// for a warm-up, "D" for a drop set, "F" for a set to failure, otherwise the running
// number; RPE as called (10 - RIR for a RIR call). Reading the file back with the Strong
// importer gives the same workouts, exercises, loads, reps, efforts and set types
// (rest-pause, myo-reps and forced reps become failure sets: Strong has no such types).
// What Strong's layout has no column for is written so that the Strong importer reads
// it back: an exercise's note as a "Note" row (Strong's own way), and the superset in a
// last column of Proximity's, "Superset" (other readers ignore a column they do not know).
// So import -> export -> import loses nothing but the workout's source and the RIR/RPE
// scale of a call (tests/core/history_roundtrip_test.cpp).
#include "core/history/history.hpp"

#include <string>

namespace proximity::history {

constexpr const char* kSupersetColumn = "Superset";

std::string strong_csv_text(const History& h, units::Unit unit);

}  // namespace proximity::history
