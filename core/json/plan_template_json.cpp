// The session templates read from core/data/plan_templates.json (builtin_templates(),
// declared in core/plan/plan_template.hpp).
#include "core/plan/plan_template.hpp"

#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"

#include <nlohmann/json.hpp>

namespace proximity::data {
extern const char* const k_plan_templates_json;
}

namespace proximity::plan {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {

TemplateExercise read_template_exercise(const json& j, const std::string& where) {
    TemplateExercise x;
    x.exercise = fields::read_string(j, "exercise", where);
    x.sets = fields::read_int(j, "sets", where, 1, 10);
    const json& reps = j.at("reps");
    x.reps_low = reps.at(0).get<int>();
    x.reps_high = reps.at(1).get<int>();
    const std::string f = fields::read_enum(j, "failure", where, {"none", "last", "all"});
    x.failure = f == "all" ? FailureAllowance::AllSets : f == "last" ? FailureAllowance::LastSet : FailureAllowance::None;
    return x;
}

std::vector<PlanTemplate> parse_templates() {
    const json doc = parse_json(data::k_plan_templates_json);
    std::vector<PlanTemplate> out;
    for (const json& t : doc.at("templates")) {
        PlanTemplate pt;
        pt.id = t.at("id").get<std::string>();
        pt.name = t.at("name").get<std::string>();
        pt.description = t.at("description").get<std::string>();
        for (const json& s : t.at("sessions")) {
            TemplateSession ts;
            ts.name = s.at("name").get<std::string>();
            ts.day = s.value("day", 0);
            for (size_t i = 0; i < s.at("exercises").size(); ++i)
                ts.exercises.push_back(read_template_exercise(s.at("exercises")[i], pt.id + "." + ts.name));
            pt.sessions.push_back(std::move(ts));
        }
        out.push_back(std::move(pt));
    }
    return out;
}

}  // namespace

const std::vector<PlanTemplate>& builtin_templates() {
    static const std::vector<PlanTemplate> templates = parse_templates();
    return templates;
}

}  // namespace proximity::plan
