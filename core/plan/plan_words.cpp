#include "core/plan/plan_words.hpp"

namespace proximity::plan {

namespace {

// Fields whose name alone would not read as a lifter says it. The rest (reps, load,
// sets, name, day, phase, label) are their own words.
constexpr FieldWords kFieldWords[] = {
    {"rir", "RIR", ""},
    {"rpe", "RPE", ""},
    {"warmup", "warm-up", ""},
    {"percentE1rm", "% of e1RM", ""},
    {"effortRir", "effort level (RIR)", ""},
    {"primary", "primary muscle weight", ""},
    {"secondary", "secondary muscle weight", ""},
    {"maxRir", "hard up to RIR", ""},
    {"fatigueBudget", "weekly fatigue budget", ""},
    {"status", "training status", ""},
    {"unit", "load unit", ""},
};

const std::vector<FieldWords> kModelWords = {
    {"tau1", "Fitness fade time (days)",
     "How slowly what your training builds fades: after this many days without training about a third of it is "
     "left. Weeks, not days."},
    {"tau2", "Fatigue fade time (days)",
     "How fast tiredness clears: after this many days about a third of a session's fatigue is left. It clears far "
     "faster than fitness fades, which is why a deload week works. 7 days is the model's usual default, not a "
     "measurement: it follows tiredness over a block, not the extra day or two one failure session needs."},
    {"k1", "Fitness gain",
     "How much a hard set adds to fitness (a set to failure is one unit of stimulus, a set stopped 3 short a little "
     "less). The model's own figure."},
    {"k2", "Fatigue gain",
     "How much a set's fatigue cost adds to fatigue. Larger than the fitness figure: the day after, a session tires "
     "you more than it has built you. The model's own figure: per set, fatigue then weighs 2 to 9 times fitness, "
     "more for sets to failure and for heavy lifts."},
};

}  // namespace

std::string field_label(const std::string& key) {
    for (const FieldWords& w : kFieldWords)
        if (key == w.key) return w.label;
    for (const FieldWords& w : kModelWords)
        if (key == w.key) return w.label;
    return key;
}

const std::vector<FieldWords>& model_words() { return kModelWords; }

const char* fatigue_cost_basis() {
    return "These costs, the factors for compound and heavy lifts and techniques, and the weekly budget are this "
           "model's own choices: no study gives the recovery cost of a single set. Only their shape comes from a "
           "source: the coaching articles this app follows put a set to failure at 2-3 times the recovery of one "
           "stopped 2-3 reps short, and in a study whole sessions to failure took 24-48 hours longer to recover "
           "from (Morán-Navarro et al. 2017).";
}

std::string week_place(int week) { return "Week " + std::to_string(week + 1); }
std::string session_place(int session) { return "session " + std::to_string(session + 1); }
std::string exercise_place(int exercise) { return "exercise " + std::to_string(exercise + 1); }
std::string set_place(int set) { return "set " + std::to_string(set + 1); }

const char* lifter_status_label(policy::LifterStatus status) {
    switch (status) {
        case policy::LifterStatus::Beginner: return "Beginner";
        case policy::LifterStatus::Intermediate: return "Intermediate";
        case policy::LifterStatus::Advanced: return "Advanced";
    }
    return "";
}

const char* phase_label(policy::Phase phase) {
    switch (phase) {
        case policy::Phase::Normal: return "Normal";
        case policy::Phase::HighVolume: return "High volume";
        case policy::Phase::Deload: return "Deload";
        case policy::Phase::FailureBlock: return "Failure block";
    }
    return "";
}

}  // namespace proximity::plan
