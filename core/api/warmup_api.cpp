#include "core/api/warmup_api.hpp"

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

std::vector<session::WarmupStep> read_steps(const json& in) {
    using session::kWarmupPercentLimit;
    using session::kWarmupRepsLimit;
    const json& list = fields::read_array(in, "steps", "", 0, session::kMaxWarmupSteps, true);
    std::vector<session::WarmupStep> steps;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = "steps[" + std::to_string(i) + "]";
        const json& s = fields::require_object(list[i], where);
        fields::reject_unknown_fields(s, where, {"percent", "reps"});
        steps.push_back({fields::read_number(s, "percent", where, kWarmupPercentLimit.min, kWarmupPercentLimit.max),
                         fields::read_int(s, "reps", where, int(kWarmupRepsLimit.min), int(kWarmupRepsLimit.max))});
    }
    return steps;
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
    std::optional<std::vector<session::WarmupStep>> steps;
    if (fields::has(in, "steps")) steps = read_steps(in);
    const session::WarmupRamp ramp = session::warmup_ramp(working, *e, equipment, unit, steps);
    json sets = json::array();
    for (const session::WarmupSet& s : ramp.sets)
        sets.push_back({{"load", s.load}, {"reps", s.reps}, {"percent", s.percent}, {"bar", s.bar},
                        {"rounded", rounded_json(s.rounded, equipment)}});
    json out;
    out["sets"] = std::move(sets);
    out["reason"] = ramp.reason;
    return out;
}

}  // namespace proximity::api
