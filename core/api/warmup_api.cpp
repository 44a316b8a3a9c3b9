#include "core/api/handlers.hpp"

#include "core/shapes/session_contract.hpp"

#include "core/json/analysis_inputs.hpp"
#include "core/json/load_documents.hpp"
#include "core/json/load_reader.hpp"
#include "core/common/input_error.hpp"
#include "core/common/quoted_text.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/read_under.hpp"
#include "core/json/profile_reader.hpp"
#include "core/session/warmup_ramp.hpp"

namespace proximity::api {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {

std::vector<session::WarmupStep> read_steps(const json& in, size_t min) {
    using session::kWarmupPercentLimit;
    using session::kWarmupRepsLimit;
    const json& list = fields::read_array(in, "steps", "", min, session::kMaxWarmupSteps, true);
    std::vector<session::WarmupStep> steps;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = "steps[" + std::to_string(i) + "]";
        const json& s = fields::require_object(list[i], where);
        fields::reject_unknown_fields(s, where, shapes::kWarmupStep);
        steps.push_back({fields::read_number(s, "percent", where, kWarmupPercentLimit.min, kWarmupPercentLimit.max),
                         fields::read_int(s, "reps", where, int(kWarmupRepsLimit.min), int(kWarmupRepsLimit.max))});
    }
    return steps;
}

json steps_json(const std::vector<session::WarmupStep>& steps) {
    json out = json::array();
    for (const session::WarmupStep& s : steps) out.push_back({{"percent", s.percent}, {"reps", s.reps}});
    return out;
}

}  // namespace

json warmup_ramp(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const std::string id = fields::read_string(in, "exercise", "");
    const exercise::Exercise* e = state.exercises.find(id);
    if (!e) throw_input_error("exercise", "exercise: unknown exercise " + quoted_input(id));
    const double working = read_load(in, "load");
    const profile::Profile lifter =
        fields::has(in, "profile")
            ? fields::read_under("profile", [&] { return profile::read_profile(in.at("profile"), state.exercises); })
            : profile::Profile{};
    const units::Unit unit = fields::has(in, "unit") ? read_unit(in) : lifter.unit;
    const load::Equipment equipment =
        read_equipment(in, unit).value_or(fields::has(in, "profile") ? profile::equipment_for(lifter, id, e)
                                                                     : load::default_equipment(profile::equipment_type_of(*e), unit));
    // The lifter's choice: a mode, or (older callers) steps alone, [] meaning none.
    session::WarmupMode mode = fields::has(in, "steps") ? session::WarmupMode::Custom : session::WarmupMode::Auto;
    if (fields::has(in, "mode"))
        mode = *session::warmup_mode_from_id(fields::read_enum(in, "mode", "", session::warmup_mode_ids()));
    // Custom steps need at least one; steps kept with another mode are checked but unused.
    const bool explicit_custom = mode == session::WarmupMode::Custom && fields::has(in, "mode");
    const std::vector<session::WarmupStep> custom =
        fields::has(in, "steps") || explicit_custom ? read_steps(in, explicit_custom ? 1 : 0) : std::vector<session::WarmupStep>{};
    const std::optional<std::vector<session::WarmupStep>> steps = session::warmup_steps_for(mode, custom);
    const session::WarmupRamp ramp = session::warmup_ramp(working, *e, equipment, unit, steps);
    const session::WarmupChoice in_effect = session::warmup_choice_in_effect(mode, custom, *e);
    json sets = json::array();
    for (const session::WarmupSet& s : ramp.sets)
        sets.push_back({{"load", s.load}, {"reps", s.reps}, {"percent", s.percent}, {"bar", s.bar},
                        {"rounded", rounded_json(s.rounded, equipment)}});
    json out;
    out["sets"] = std::move(sets);
    out["reason"] = ramp.reason;
    out["mode"] = session::warmup_mode_id(in_effect.mode);
    out["autoMode"] = session::warmup_mode_id(session::auto_warmup_mode(*e));
    out["canRamp"] = session::can_ramp(*e);
    out["steps"] = steps_json(in_effect.steps);
    out["defaultSteps"] = steps_json(session::default_warmup_steps());
    return out;
}

}  // namespace proximity::api
