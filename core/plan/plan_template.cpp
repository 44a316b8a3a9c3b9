#include "core/plan/plan_template.hpp"

namespace proximity::plan {

const PlanTemplate* find_template(const std::string& id) {
    for (const PlanTemplate& t : builtin_templates())
        if (t.id == id) return &t;
    return nullptr;
}

std::string template_ids_list() {
    std::string s;
    for (const PlanTemplate& t : builtin_templates()) s += (s.empty() ? "" : ", ") + t.id;
    return s;
}

}  // namespace proximity::plan
