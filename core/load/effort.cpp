#include "core/load/effort.hpp"

#include "core/common/input_error.hpp"
#include "core/common/json_fields.hpp"

#include <cmath>

namespace proximity::load {

namespace {

double half_step(double value, const std::string& field) {
    if (std::fmod(value * 2.0, 1.0) != 0.0)
        throw InputError(field, field + " must be in steps of 0.5");
    return value;
}

}  // namespace

Effort read_effort(const nlohmann::json& obj, const std::string& parent) {
    using namespace fields;
    Effort e;
    e.reps = read_int(obj, "reps", parent, kMinReps, kMaxReps);
    const bool has_rir = has(obj, "rir");
    const bool has_rpe = has(obj, "rpe");
    if (has_rir && has_rpe)
        throw InputError(path(parent, "rpe"), "give either rir or rpe, not both");
    if (has_rir) {
        e.rir = half_step(read_number(obj, "rir", parent, 0.0, kMaxRir), path(parent, "rir"));
    } else if (has_rpe) {
        e.rir = 10.0 - half_step(read_number(obj, "rpe", parent, kMinRpe, 10.0), path(parent, "rpe"));
    } else {
        // Never assumed: a set taken to failure and one stopped 3 reps short give loads
        // about 10 % apart.
        const std::string field = path(parent, "rir");
        throw InputError(field, "give the effort: rir (reps in reserve, 0 = failure) or rpe");
    }
    return e;
}

}  // namespace proximity::load
