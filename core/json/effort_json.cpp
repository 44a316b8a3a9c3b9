#include "core/json/effort_json.hpp"

#include "core/common/input_error.hpp"
#include "core/json/effort_fields.hpp"
#include "core/json/json_fields.hpp"

namespace proximity::load {

load::Effort read_effort(const nlohmann::json& obj, const std::string& parent) {
    load::Effort e;
    e.reps = fields::read_int(obj, "reps", parent, load::kMinReps, load::kMaxReps);
    const auto effort = fields::read_optional_effort(obj, parent);
    // Never assumed: a set taken to failure and one stopped 3 reps short give loads
    // about 10 % apart.
    if (!effort)
        throw InputError(fields::path(parent, "rir"), "give the effort: rir (reps in reserve, 0 = failure) or rpe");
    e.rir = effort->rir();
    return e;
}

}  // namespace proximity::load
