#include "core/json/warmup_json.hpp"

#include "core/common/input_error.hpp"
#include "core/common/quoted_text.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/load_documents.hpp"
#include "core/json/load_reader.hpp"
#include "core/json/profile_reader.hpp"
#include "core/profile/profile.hpp"
#include "core/shapes/session_contract.hpp"

namespace proximity::session {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {

std::vector<WarmupStep> read_steps(const json& in, size_t min) {
    const json& list = fields::read_array(in, "steps", "", min, kMaxWarmupSteps, true);
    std::vector<WarmupStep> steps;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = "steps[" + std::to_string(i) + "]";
        const json& s = fields::require_object(list[i], where);
        fields::reject_unknown_fields(s, where, shapes::kWarmupStep);
        steps.push_back({fields::read_number(s, "percent", where, kWarmupPercentLimit.min, kWarmupPercentLimit.max),
                         fields::read_int(s, "reps", where, int(kWarmupRepsLimit.min), int(kWarmupRepsLimit.max))});
    }
    return steps;
}

json steps_json(const std::vector<WarmupStep>& steps) {
    json out = json::array();
    for (const WarmupStep& s : steps) out.push_back({{"percent", s.percent}, {"reps", s.reps}});
    return out;
}

}  // namespace

WarmupInput read_warmup_input(const json& raw, const exercise::ExerciseLibrary& library) {
    const json& in = fields::require_object(raw, "");
    WarmupInput out;
    const std::string id = fields::read_string(in, "exercise", "");
    const exercise::Exercise* e = library.find(id);
    if (!e) throw_input_error("exercise", "exercise: unknown exercise " + quoted_input(id));
    out.exercise = e;
    out.working = read_load(in, "load");
    const profile::Profile lifter = profile::read_profile_field(in, nullptr, library);
    out.unit = fields::has(in, "unit") ? read_unit(in) : lifter.unit;
    out.equipment =
        read_equipment(in, out.unit).value_or(fields::has(in, "profile") ? profile::equipment_for(lifter, id, e)
                                                                         : load::default_equipment(profile::equipment_type_of(*e), out.unit));
    // The lifter's choice: a mode, or (older callers) steps alone, [] meaning none.
    out.mode = fields::has(in, "steps") ? WarmupMode::Custom : WarmupMode::Auto;
    if (fields::has(in, "mode"))
        out.mode = *warmup_mode_from_id(fields::read_enum(in, "mode", "", warmup_mode_ids()));
    // Custom steps need at least one; steps kept with another mode are checked but unused.
    const bool explicit_custom = out.mode == WarmupMode::Custom && fields::has(in, "mode");
    if (fields::has(in, "steps") || explicit_custom) out.custom = read_steps(in, explicit_custom ? 1 : 0);
    return out;
}

json warmup_ramp_json(const WarmupRamp& ramp, const WarmupChoice& in_effect, const WarmupInput& input) {
    json sets = json::array();
    for (const WarmupSet& s : ramp.sets)
        sets.push_back({{"load", s.load}, {"reps", s.reps}, {"percent", s.percent}, {"bar", s.bar},
                        {"rounded", rounded_json(s.rounded, input.equipment)}});
    json out;
    out["sets"] = std::move(sets);
    out["reason"] = ramp.reason;
    out["mode"] = warmup_mode_id(in_effect.mode);
    out["autoMode"] = warmup_mode_id(auto_warmup_mode(*input.exercise));
    out["canRamp"] = can_ramp(*input.exercise);
    out["steps"] = steps_json(in_effect.steps);
    out["defaultSteps"] = steps_json(default_warmup_steps());
    return out;
}

}  // namespace proximity::session
