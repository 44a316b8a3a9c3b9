#include "core/json/plan_requests.hpp"

#include "core/common/input_error.hpp"
#include "core/common/input_limits.hpp"
#include "core/common/quoted_text.hpp"
#include "core/common/text_length.hpp"
#include "core/json/fatigue_input.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"
#include "core/json/plan_reader.hpp"
#include "core/json/read_under.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/plan/plan_template.hpp"
#include "core/shapes/plan_contract.hpp"

namespace proximity::plan {

using nlohmann::json;
namespace fields = proximity::fields;

json plan_document(const json& input) {
    if (input.is_object() && &fields::form_of(input, "", shapes::kPlanInput) == &shapes::kPlanText) {
        fields::reject_unknown_fields(input, "", shapes::kPlanText);
        if (!input["text"].is_string()) throw InputError("text", "text must be a string");
        const std::string& text = input["text"].get_ref<const std::string&>();
        check_input_text(text, "text", kMaxFileBytes);
        try {
            return parse_json(text);
        } catch (const json::parse_error& e) {
            throw InputError("", "the file is not valid JSON (" + json_position_text(text, e.byte) + ")");
        }
    }
    return input;
}

PlanToEvaluate read_plan_to_evaluate(const json& input, const exercise::ExerciseLibrary& library) {
    if (input.is_object() && &fields::form_of(input, "", shapes::kEvaluatePlanInput) == &shapes::kPlanWithFatigue) {
        fields::reject_unknown_fields(input, "", shapes::kPlanWithFatigue);
        return {fields::read_under("plan", [&] { return read_plan(plan_document(input.at("plan")), library); }),
                read_plan_fatigue(input, "fatigue")};
    }
    return {read_plan(plan_document(input), library), {}};
}

MesocycleRequest read_mesocycle_request(const json& raw) {
    const json& in = fields::require_object(raw, "");
    MesocycleRequest req;
    req.template_id = fields::read_string(in, "template", "");
    if (!find_template(req.template_id))
        throw InputError("template", "template must be one of " + template_ids_list() + " (got " +
                                         quoted_input(req.template_id) + ")");
    req.weeks = fields::read_int_or(in, "weeks", "", kMinBlockWeeks, kMaxBlockWeeks, 4);
    req.deload = fields::read_bool_or(in, "deload", "", true);
    req.phase = *policy::phase_from_id(fields::read_enum_or(in, "phase", "", {"normal", "failure-block"}, "normal"));
    req.name = fields::read_optional_string(in, "name", "").value_or("");
    if (code_points(req.name) > kMaxNameLength)
        throw InputError("name", "name may be at most " + std::to_string(kMaxNameLength) + " characters");
    json lifter = json::object();
    for (const char* key : {"status", "spotter", "unit"})
        if (in.contains(key)) lifter[key] = in[key];
    req.settings = read_plan_settings(lifter, in.value("settings", json()), "", "settings");
    return req;
}

}  // namespace proximity::plan
