#include "core/json/analysis_inputs.hpp"

#include "core/shapes/analysis_contract.hpp"
#include "core/common/quoted_text.hpp"

#include "core/analysis/profile_options.hpp"
#include "core/json/load_reader.hpp"
#include "core/history/local_time.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/plan_reader.hpp"
#include "core/json/profile_reader.hpp"
#include "core/json/read_under.hpp"

namespace proximity::analysis {

using nlohmann::json;

namespace {

void read_lifter(const json& in, analysis::AnalysisOptions& o) {
    if (!fields::has(in, "lifter")) return;
    const json& l = fields::require_object(in.at("lifter"), "lifter");
    fields::reject_unknown_fields(l, "lifter", shapes::kAnalysisLifter);
    if (fields::has(l, "status"))
        o.status = *policy::lifter_status_from_id(fields::read_enum(l, "status", "lifter", {"beginner", "intermediate", "advanced"}));
    if (fields::has(l, "spotter"))
        o.safety = fields::read_bool_or(l, "spotter", "lifter", false) ? policy::Safety::Spotter : policy::Safety::None;
}

// {<exercise id>: equipment}; each value is read at its path (px.roundLoad's shape).
void read_equipment_map(const json& in, analysis::AnalysisOptions& o) {
    if (!fields::has(in, "equipment")) return;
    const json& map = fields::require_object(in.at("equipment"), "equipment");
    for (auto it = map.begin(); it != map.end(); ++it)
        o.equipment[it.key()] = read_equipment_at(it.value(), fields::path("equipment", it.key()), o.unit);
}

}  // namespace

std::string read_date(const json& in, const std::string& name) {
    auto text = fields::read_optional_string(in, name, "");
    if (!text) return "";
    auto t = history::parse_local_time(*text + "T00:00:00");
    if (text->size() != 10 || !t) throw InputError(name, name + " must be a date such as 2024-11-28 (got " + quoted_input(*text) + ")");
    return *text;
}

analysis::AnalysisOptions read_analysis_options(const json& in, const exercise::ExerciseLibrary& library,
                                                const profile::Profile* held) {
    analysis::AnalysisOptions o;
    if (fields::has(in, "profile"))
        analysis::apply_profile(o, fields::read_under("profile", [&] { return profile::read_profile(in.at("profile"), library); }));
    else if (held)
        analysis::apply_profile(o, *held);
    o.formula = read_formula(in);
    if (fields::has(in, "unit")) o.unit = read_unit(in);
    read_lifter(in, o);
    if (fields::has(in, "calibration")) o.calibration = read_calibration(in.at("calibration"), analysis::call_prior(o.status));
    read_equipment_map(in, o);
    if (fields::has(in, "plan")) o.plan = fields::read_under("plan", [&] { return plan::read_plan(in.at("plan"), library); });
    o.today = read_date(in, "today");
    return o;
}

}  // namespace proximity::analysis
