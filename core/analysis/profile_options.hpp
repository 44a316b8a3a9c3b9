#pragma once
// The lifter profile (core/profile) as analysis options: the status (experience: the
// default RIR misjudgement of the bands), the safety setup (profile::counts_as_spotter,
// for the failure audit), the saved RIR calibration (used until the history has failure
// tests of its own), the unit, and the equipment the next loads are rounded to.
#include "core/analysis/analysis_options.hpp"
#include "core/analysis/exercise_info.hpp"
#include "core/profile/profile.hpp"

namespace proximity::analysis {

// Sets every option the profile speaks to; the caller applies its own explicit options
// after, so they win.
void apply_profile(AnalysisOptions& options, const profile::Profile& lifter);

// What the next loads of `info` are rounded to: options.equipment's entry, else the
// profile's equipment for the exercise, else the likely default (default_equipment_for).
load::Equipment equipment_of(const AnalysisOptions& options, const ExerciseInfo& info);

}  // namespace proximity::analysis
