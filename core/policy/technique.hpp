#pragma once
// Intensity techniques that take a set to or past failure (seed 001), plus the RIR
// calibration test: a planned set to failure that checks the lifter's RIR calls.
#include <array>
#include <optional>
#include <string>

namespace proximity::policy {

enum class Technique { DropSet, RestPause, ForcedReps, MyoReps, CalibrationTest };
constexpr size_t kTechniqueCount = 5;
constexpr std::array<Technique, kTechniqueCount> kAllTechniques = {
    Technique::DropSet, Technique::RestPause, Technique::ForcedReps, Technique::MyoReps,
    Technique::CalibrationTest};

const char* technique_id(Technique t);    // "dropSet", "restPause", "forcedReps", "myoReps", "calibrationTest"
const char* technique_name(Technique t);  // "Drop set", ...
std::optional<Technique> technique_from_id(const std::string& id);

}  // namespace proximity::policy
