#include "core/json/plan_defaults_json.hpp"

#include "core/common/input_limits.hpp"
#include "core/json/plan_words_json.hpp"
#include "core/json/plan_writer.hpp"
#include "core/plan/fatigue_budget.hpp"
#include "core/plan/fatigue_cost.hpp"
#include "core/plan/mesocycle.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/plan/plan_template.hpp"

namespace proximity::plan {

using nlohmann::json;

namespace {

const char* allowance_id(plan::FailureAllowance a) {
    switch (a) {
        case plan::FailureAllowance::None: return "none";
        case plan::FailureAllowance::LastSet: return "last";
        case plan::FailureAllowance::AllSets: return "all";
    }
    return "none";
}

}  // namespace

json plan_templates_json() {
    json out = json::array();
    for (const PlanTemplate& t : builtin_templates()) {
        json sessions = json::array();
        for (const TemplateSession& s : t.sessions) {
            json exercises = json::array();
            for (const TemplateExercise& x : s.exercises) {
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

json plan_defaults_json() {
    json landmarks = json::object();
    for (exercise::Muscle m : exercise::all_muscles())
        landmarks[exercise::muscle_id(m)] = landmark_json(default_landmark(m));
    json budgets = json::object();
    for (auto status : {policy::LifterStatus::Beginner, policy::LifterStatus::Intermediate, policy::LifterStatus::Advanced})
        budgets[policy::lifter_status_id(status)] = default_fatigue_budget(status);
    const PlanSettings s;
    const FatigueCostParams c;
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
    out["version"] = kPlanVersion;
    out["landmarks"] = std::move(landmarks);
    out["fatigueBudget"] = std::move(budgets);
    out["counting"] = counting_json(s.counting);
    out["model"] = model_json(s.model);
    out["fatigueCost"] = std::move(cost);
    out["blockWeeks"] = std::vector<int>{kMinBlockWeeks, kMaxBlockWeeks};
    json limits = json::object();  // core/common/input_limits.hpp, for pages that unpack files
    limits["fileBytes"] = kMaxFileBytes;
    limits["inputBytes"] = kMaxInputBytes;
    limits["nesting"] = kMaxNesting;
    limits["nameLength"] = kMaxNameLength;
    limits["reps"] = std::vector<int>{1, kMaxReps};
    json ranges = json::object();
    for (const NumberRange& r : kNumberRanges) ranges[r.field] = std::vector<double>{r.min, r.max};
    limits["fields"] = std::move(ranges);
    out["limits"] = std::move(limits);
    out["words"] = plan_words_json();
    return out;
}

}  // namespace proximity::plan
