#pragma once
// Session templates for the mesocycle generator, compiled in from
// core/data/plan_templates.json: "push" (seed 004's push day), "ppl", "upperLower",
// "fullBody". Each exercise has its week-1 working sets, a rep range, and where the
// template allows failure; the failure policy still decides set by set.
#include <string>
#include <vector>

namespace proximity::plan {

enum class FailureAllowance { None, LastSet, AllSets };  // "none", "last", "all"

struct TemplateExercise {
    std::string exercise;  // exercise library id
    int sets = 3;
    int reps_low = 8, reps_high = 12;
    FailureAllowance failure = FailureAllowance::None;
};

struct TemplateSession {
    std::string name;
    int day = 0;
    std::vector<TemplateExercise> exercises;
};

struct PlanTemplate {
    std::string id, name, description;
    std::vector<TemplateSession> sessions;
};

// Read once from core/data/plan_templates.json (defined in core/json/plan_template_json.cpp).
const std::vector<PlanTemplate>& builtin_templates();
const PlanTemplate* find_template(const std::string& id);  // nullptr if unknown
std::string template_ids_list();                            // "push, ppl, ..." for messages

}  // namespace proximity::plan
