#include "core/plan/session_feedback.hpp"

#include <algorithm>

namespace proximity::plan {

namespace {

constexpr std::array<EnumName<Pump>, 3> kPump{{{Pump::None, "none", "No pump", "None"},
                                               {Pump::Some, "some", "Some pump", "Some"},
                                               {Pump::Great, "great", "A great pump", "Great"}}};
constexpr std::array<EnumName<Soreness>, 4> kSoreness{
    {{Soreness::None, "none", "Not sore at all", "None"},
     {Soreness::HealedEarly, "healedEarly", "Sore, healed well before this session", "Healed early"},
     {Soreness::HealedOnTime, "healedOnTime", "Sore, healed just in time", "Just in time"},
     {Soreness::StillSore, "stillSore", "Still sore at this session", "Still sore"}}};
constexpr std::array<EnumName<JointPain>, 3> kJointPain{{{JointPain::None, "none", "No joint pain", "None"},
                                                         {JointPain::Some, "some", "Some joint pain", "Some"},
                                                         {JointPain::Bad, "bad", "Bad joint pain", "Bad"}}};
constexpr std::array<EnumName<Difficulty>, 4> kDifficulty{{{Difficulty::Easy, "easy", "Easy", "Easy"},
                                                           {Difficulty::Ok, "ok", "About right", "About right"},
                                                           {Difficulty::Hard, "hard", "Hard", "Hard"},
                                                           {Difficulty::TooHard, "tooHard", "Too hard", "Too hard"}}};

}  // namespace

std::optional<Pump> pump_from_id(const std::string& id) { return enum_from_name(kPump, id); }
std::optional<Soreness> soreness_from_id(const std::string& id) { return enum_from_name(kSoreness, id); }
std::optional<JointPain> joint_pain_from_id(const std::string& id) { return enum_from_name(kJointPain, id); }
std::optional<Difficulty> difficulty_from_id(const std::string& id) { return enum_from_name(kDifficulty, id); }
const char* pump_id(Pump p) { return enum_name(kPump, p); }
const char* soreness_id(Soreness s) { return enum_name(kSoreness, s); }
const char* joint_pain_id(JointPain j) { return enum_name(kJointPain, j); }
const char* difficulty_id(Difficulty d) { return enum_name(kDifficulty, d); }
std::string pump_ids_list() { return enum_names_list(kPump); }
std::string soreness_ids_list() { return enum_names_list(kSoreness); }
std::string joint_pain_ids_list() { return enum_names_list(kJointPain); }
std::string difficulty_ids_list() { return enum_names_list(kDifficulty); }
std::vector<EnumLabel> pump_labels() { return enum_labels(kPump); }
std::vector<EnumLabel> soreness_labels() { return enum_labels(kSoreness); }
std::vector<EnumLabel> joint_pain_labels() { return enum_labels(kJointPain); }
std::vector<EnumLabel> difficulty_labels() { return enum_labels(kDifficulty); }

std::vector<EnumLabel> muscle_question_labels() {
    return {{"pump", "Pump during the session", "Pump"},
            {"soreness", "Soreness since you last trained it", "Soreness"},
            {"jointPain", "Joint pain", "Joints"}};
}

std::vector<EnumLabel> session_question_labels() { return {{"difficulty", "How hard the session felt", "Session"}}; }

std::vector<exercise::Muscle> trained_muscles(const std::vector<const exercise::Exercise*>& exercises) {
    std::vector<exercise::Muscle> out;
    for (exercise::Muscle m : exercise::all_muscles())
        if (std::any_of(exercises.begin(), exercises.end(), [&](const exercise::Exercise* e) { return exercise::trains(*e, m); }))
            out.push_back(m);
    return out;
}

}  // namespace proximity::plan
