#include "core/json/plan_words_json.hpp"

#include "core/plan/plan_words.hpp"
#include "core/policy/technique.hpp"

namespace proximity::plan {

using nlohmann::json;

namespace {

json option(const char* id, const char* label) {
    json j = json::object();
    j["id"] = id;
    j["label"] = label;
    return j;
}

}  // namespace

json plan_words_json() {
    json statuses = json::array(), phases = json::array(), techniques = json::array(), model = json::array();
    for (policy::LifterStatus s : plan::kLifterStatuses)
        statuses.push_back(option(policy::lifter_status_id(s), plan::lifter_status_label(s)));
    for (policy::Phase p : plan::kPhases) phases.push_back(option(policy::phase_id(p), plan::phase_label(p)));
    for (policy::Technique t : policy::kAllTechniques)
        techniques.push_back(option(policy::technique_id(t), policy::technique_name(t)));
    for (const plan::FieldWords& w : plan::model_words()) {
        json j = json::object();
        j["key"] = w.key;
        j["label"] = w.label;
        j["description"] = w.description;
        model.push_back(std::move(j));
    }
    json out = json::object();
    out["statuses"] = std::move(statuses);
    out["phases"] = std::move(phases);
    out["techniques"] = std::move(techniques);
    out["model"] = std::move(model);
    out["fatigueCostBasis"] = plan::fatigue_cost_basis();
    return out;
}

}  // namespace proximity::plan
