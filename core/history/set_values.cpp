#include "core/history/set_values.hpp"

#include "core/common/number_text.hpp"
#include "core/history/history_limits.hpp"

#include <cmath>

namespace proximity::history {

std::string fill_set_numbers(LoggedSet& s, const SetNumbers& n) {
    if (!n.numbers_valid || !n.weight.valid || !n.reps.valid || !n.rpe.valid)
        return "a weight, reps, RPE, distance or time that is not a number";
    const bool timed = n.metres > 0 || n.seconds > 0;
    if (n.weight.empty && n.reps.empty && !timed) return "an empty set (no weight, reps, distance or time)";
    if (n.weight.value < 0 || n.weight.value > kMaxLoggedLoad) return "the weight " + number_text(n.weight.value) + " is out of range";
    if (n.reps.value < 0 || n.reps.value > kMaxLoggedReps || n.reps.value != std::floor(n.reps.value))
        return "the reps (" + number_text(n.reps.value) + ") are not a whole number from 0 to " +
               std::to_string(kMaxLoggedReps);
    if (n.reps.value == 0 && !timed) return "a set with no reps";
    if (n.seconds > kMaxDuration) return "a time longer than a week";
    if (n.metres > kMaxDistance) return "a distance over " + number_text(kMaxDistance / 1000) + " km";
    s.load = n.weight.value;
    s.reps = static_cast<int>(n.reps.value);
    if (!n.rpe.empty && n.rpe.value != 0) {
        if (n.rpe.value < 1 || n.rpe.value > 10) return "the RPE " + number_text(n.rpe.value) + " is outside 1-10";
        s.effort = {EffortKind::Rpe, std::round(n.rpe.value * 2) / 2};
    }
    if (n.metres > 0) s.distance = std::round(n.metres * 1000) / 1000;
    if (n.seconds > 0) s.seconds = n.seconds;
    if (s.type == SetType::Warmup) s.failure = false;
    return "";
}

}  // namespace proximity::history
