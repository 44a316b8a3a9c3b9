#pragma once
// Intensity techniques a planned set may use. Each one continues a set past the point
// where it would normally end (seed 001 calls the result "absolute failure"), so the
// fatigue model charges extra for it; the volume count does not (see hard_sets.hpp).
#include <optional>
#include <string>

namespace proximity::plan {

enum class Technique { None, DropSet, RestPause, MyoReps, ForcedReps };

const char* technique_id(Technique t);  // "none", "dropSet", "restPause", "myoReps", "forcedReps"
std::optional<Technique> technique_from_id(const std::string& id);
const char* technique_name(Technique t);  // "drop set", "rest-pause", ...
std::string technique_ids_list();         // "none, dropSet, ..." for error messages

}  // namespace proximity::plan
