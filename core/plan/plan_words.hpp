#pragma once
// The parts and fields of a plan document in a lifter's words. One table, read by the
// plan reader's messages ("Week 1, Push, Bench press (barbell), set 1: reps must be ...")
// and by px.planDefaults (the planner page's labels and the model's explanations), so a
// page never writes a field's name or the model's meaning itself.
#include "core/policy/set_context.hpp"

#include <string>
#include <vector>

namespace proximity::plan {

struct FieldWords {
    const char* key;          // the document's field name: "tau1"
    const char* label;        // what an input for it is called: "Fitness fade time (days)"
    const char* description;  // what it means for a lifter, or "" when the label says it
};

// The words for a field of a plan document; the key itself when there are none.
std::string field_label(const std::string& key);

// The fitness-fatigue model's four parameters (tau1, tau2, k1, k2), in document order.
const std::vector<FieldWords>& model_words();

// Where the fatigue costs (fatigue_cost.hpp) and the weekly budgets (fatigue_budget.hpp)
// come from, for the page that shows them: the model's own choices, and the little a source
// gives (the shape: failure costs a few times more, for a day or two longer).
const char* fatigue_cost_basis();

// A week, a session, an exercise, a set as a lifter names them ("Week 1", "session 2",
// "set 3"), 0-based indices in.
std::string week_place(int week);
std::string session_place(int session);
std::string exercise_place(int exercise);
std::string set_place(int set);

// Option labels: "Intermediate", "High volume".
const char* lifter_status_label(policy::LifterStatus status);
const char* phase_label(policy::Phase phase);

constexpr policy::LifterStatus kLifterStatuses[] = {policy::LifterStatus::Beginner, policy::LifterStatus::Intermediate,
                                                    policy::LifterStatus::Advanced};
constexpr policy::Phase kPhases[] = {policy::Phase::Normal, policy::Phase::HighVolume, policy::Phase::FailureBlock,
                                     policy::Phase::Deload};

}  // namespace proximity::plan
