#include "core/api/plan_api.hpp"
#include "core/common/quoted_text.hpp"

#include "core/json/analysis_inputs.hpp"
#include "core/json/fatigue_input.hpp"
#include "core/json/plan_evaluation_json.hpp"
#include "core/json/plan_words_json.hpp"
#include "core/common/input_error.hpp"
#include "core/common/input_limits.hpp"
#include "core/common/text_length.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/read_under.hpp"
#include "core/json/json_text.hpp"
#include "core/json/plan_reader.hpp"
#include "core/json/plan_writer.hpp"
#include "core/plan/fatigue_budget.hpp"
#include "core/plan/fatigue_cost.hpp"
#include "core/plan/mesocycle.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/plan/plan_template.hpp"

#include <cctype>

namespace proximity::api {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {

// The plan document: the input itself, or {"text": "<file contents>"}.
json plan_document(const json& input) {
    if (input.is_object() && input.size() == 1 && input.contains("text")) {
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

std::string file_name(const std::string& plan_name) {
    std::string slug;
    for (char c : plan_name) {
        const unsigned char u = static_cast<unsigned char>(c);
        // Letters of other scripts (every byte of a non-ASCII UTF-8 character) are kept,
        // so "Силовой план" names its file proximity-plan-силовой-план.json.
        if (u >= 0x80) slug += c;
        else if (std::isalnum(u)) slug += static_cast<char>(std::tolower(u));
        else if (!slug.empty() && slug.back() != '-') slug += '-';
    }
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
    return "proximity-plan" + (slug.empty() ? std::string() : "-" + slug) + ".json";
}

const char* allowance_id(plan::FailureAllowance a) {
    switch (a) {
        case plan::FailureAllowance::None: return "none";
        case plan::FailureAllowance::LastSet: return "last";
        case plan::FailureAllowance::AllSets: return "all";
    }
    return "none";
}

}  // namespace

json import_plan(const EngineState& state, const json& input) {
    return plan::plan_to_json(plan::read_plan(plan_document(input), state.exercises));
}

json export_plan(const EngineState& state, const json& input) {
    const plan::Plan p = plan::read_plan(plan_document(input), state.exercises);
    json out = json::object();
    out["plan"] = plan::plan_to_json(p);
    out["text"] = out["plan"].dump(2);
    out["fileName"] = file_name(p.name);
    return out;
}

json evaluate_plan(const EngineState& state, const json& input) {
    // The plan document itself (or {text}), or {plan, fatigue} with the lifter's current
    // fatigue signs (fatigue_input.hpp).
    if (input.is_object() && input.contains("plan") && !input.contains("weeks") && !input.contains("version")) {
        fields::reject_unknown_fields(input, "", {"plan", "fatigue"});
        const plan::Plan p = fields::read_under("plan", [&] { return plan::read_plan(plan_document(input.at("plan")), state.exercises); });
        const plan::PlanFatigue fatigue = plan::read_plan_fatigue(input, "fatigue");
        return plan::plan_evaluation_json(p, plan::evaluate_plan(p, state.exercises, state.rules, fatigue));
    }
    const plan::Plan p = plan::read_plan(plan_document(input), state.exercises);
    return plan::plan_evaluation_json(p, plan::evaluate_plan(p, state.exercises, state.rules));
}

json generate_mesocycle(const EngineState& state, const json& raw) {
    const json& in = fields::require_object(raw, "");
    plan::MesocycleRequest req;
    req.template_id = fields::read_string(in, "template", "");
    if (!plan::find_template(req.template_id))
        throw InputError("template", "template must be one of " + plan::template_ids_list() + " (got " +
                                         quoted_input(req.template_id) + ")");
    req.weeks = fields::read_int_or(in, "weeks", "", plan::kMinBlockWeeks, plan::kMaxBlockWeeks, 4);
    req.deload = fields::read_bool_or(in, "deload", "", true);
    req.phase = *policy::phase_from_id(fields::read_enum_or(in, "phase", "", {"normal", "failure-block"}, "normal"));
    req.name = fields::read_optional_string(in, "name", "").value_or("");
    if (code_points(req.name) > plan::kMaxNameLength)
        throw InputError("name", "name may be at most " + std::to_string(plan::kMaxNameLength) + " characters");
    json lifter = json::object();
    for (const char* key : {"status", "spotter", "unit"})
        if (in.contains(key)) lifter[key] = in[key];
    req.settings = plan::read_plan_settings(lifter, in.value("settings", json()), "", "settings");
    return plan::plan_to_json(plan::generate_mesocycle(req, state.exercises, state.rules));
}

json plan_templates(const json& input) {
    fields::require_object(input, "");  // takes no fields (checked by the engine)
    json out = json::array();
    for (const plan::PlanTemplate& t : plan::builtin_templates()) {
        json sessions = json::array();
        for (const plan::TemplateSession& s : t.sessions) {
            json exercises = json::array();
            for (const plan::TemplateExercise& x : s.exercises) {
                json e = json::object();
                e["exercise"] = x.exercise;
                e["sets"] = x.sets;
                e["reps"] = std::vector<int>{x.reps_low, x.reps_high};
                e["failure"] = allowance_id(x.failure);
                exercises.push_back(std::move(e));
            }
            json session = json::object();
            session["name"] = s.name;
            session["day"] = s.day;
            session["exercises"] = std::move(exercises);
            sessions.push_back(std::move(session));
        }
        json entry = json::object();
        entry["id"] = t.id;
        entry["name"] = t.name;
        entry["description"] = t.description;
        entry["sessions"] = std::move(sessions);
        out.push_back(std::move(entry));
    }
    return out;
}

json plan_defaults(const json& input) {
    fields::require_object(input, "");  // takes no fields (checked by the engine)
    json landmarks = json::object();
    for (exercise::Muscle m : exercise::all_muscles())
        landmarks[exercise::muscle_id(m)] = plan::landmark_json(plan::default_landmark(m));
    json budgets = json::object();
    for (auto status : {policy::LifterStatus::Beginner, policy::LifterStatus::Intermediate, policy::LifterStatus::Advanced})
        budgets[policy::lifter_status_id(status)] = plan::default_fatigue_budget(status);
    const plan::PlanSettings s;
    const plan::FatigueCostParams c;
    json classes = json::object();
    classes["isolation"] = c.isolation;
    classes["compound"] = c.compound;
    classes["heavyCompound"] = c.heavy_compound;
    json techniques = json::object();
    techniques["dropSet"] = c.drop_set;
    techniques["restPause"] = c.rest_pause;
    techniques["myoReps"] = c.myo_reps;
    techniques["forcedReps"] = c.forced_reps;
    json cost = json::object();
    cost["floor"] = c.floor;
    cost["failure"] = c.failure;
    cost["rirScale"] = c.rir_scale;
    cost["classFactor"] = std::move(classes);
    cost["techniqueFactor"] = std::move(techniques);
    json out = json::object();
    out["version"] = plan::kPlanVersion;
    out["landmarks"] = std::move(landmarks);
    out["fatigueBudget"] = std::move(budgets);
    out["counting"] = plan::counting_json(s.counting);
    out["model"] = plan::model_json(s.model);
    out["fatigueCost"] = std::move(cost);
    out["blockWeeks"] = std::vector<int>{plan::kMinBlockWeeks, plan::kMaxBlockWeeks};
    json limits = json::object();  // core/common/input_limits.hpp, for pages that unpack files
    limits["fileBytes"] = kMaxFileBytes;
    limits["inputBytes"] = kMaxInputBytes;
    limits["nesting"] = kMaxNesting;
    limits["nameLength"] = plan::kMaxNameLength;
    limits["reps"] = std::vector<int>{1, plan::kMaxReps};
    json ranges = json::object();
    for (const plan::NumberRange& r : plan::kNumberRanges) ranges[r.field] = std::vector<double>{r.min, r.max};
    limits["fields"] = std::move(ranges);
    out["limits"] = std::move(limits);
    out["words"] = plan::plan_words_json();
    return out;
}

}  // namespace proximity::api
