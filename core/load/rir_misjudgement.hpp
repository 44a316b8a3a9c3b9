#pragma once
// How far a lifter's reps-in-reserve call may be off, by training experience. The
// numbers and their sources are in core/load/README.md ("Uncertainty").
#include "core/common/enum_names.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::load {

enum class Experience { Beginner, Intermediate, Advanced };

const char* experience_name(Experience e);
std::optional<Experience> experience_from_name(const std::string& name);
std::string experience_names_list();  // "beginner, intermediate, advanced"
std::vector<EnumLabel> experience_labels();

// +/- reps of RIR misjudgement assumed when nothing better is known:
// beginner 4 (seed 001: beginners call RIR 1 at a true RIR 4-5), intermediate 2
// (Halperin et al. 2022: mean error 0.95, CI up to 1.73; Hackett et al. 2017: about 1,
// more than 2 far from failure), advanced 1.5 (Refalo et al. 2023: 0.65 +/- 0.78).
double default_misjudgement(Experience e);

// How far BELOW the call the true RIR may lie. Equal to default_misjudgement, except for
// beginners: seed 001's beginner error runs one way (they call RIR 1 at a true 4-5, so
// the true reserve is larger than called), and below the call we keep the general ~1 rep
// near failure of Hackett et al. 2017 (who found no effect of experience on accuracy).
// So a beginner's band is [RIR - 1, RIR + 4]: its centre sits above the call.
double default_misjudgement_below(Experience e);

}  // namespace proximity::load
