#pragma once
// The lifter's RIR calibration learnt from the log: every set logged as a calibration
// test (the RIR was called at `reps`, then the set went on to failure at `failureReps`)
// is a load::FailureTestSet, and bias and spread are load::calibrate_rir over all of them,
// the same arithmetic as px.calibrateRir. The trend recomputes it after each test, so it
// shows whether the calls are getting better.
#include "core/history/history.hpp"
#include "core/load/rir_calibration.hpp"

#include <vector>

namespace proximity::analysis {

struct CalibrationPoint {
    int day = 0;
    double error = 0;  // this test's error (actual - called RIR)
    load::RirCalibration after;  // over every test up to and including this one
};

struct LogCalibration {
    std::vector<load::FailureTestSet> sets;  // in date order
    std::vector<CalibrationPoint> trend;
    load::RirCalibration calibration;        // over all of them (count 0: none logged)
};

LogCalibration log_calibration(const history::History& history);

}  // namespace proximity::analysis
