#pragma once
// What the lifter says after a session (issue 23 point 6): per trained muscle, the pump,
// the soreness since that muscle was last trained, and joint pain; and how hard the whole
// session felt. One record per workout, versioned (kFeedbackVersion); the answers' values
// and labels are published once here (px.describe().enums) and the pages ask with them.
// What the answers do to next week's sets: feedback_volume.hpp.
#include "core/common/enum_names.hpp"
#include "core/exercise/exercise.hpp"
#include "core/exercise/muscle.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::plan {

// The schema version of a feedback record; a record of a newer version is refused.
constexpr int kFeedbackVersion = 1;

enum class Pump { None, Some, Great };
enum class Soreness { None, HealedEarly, HealedOnTime, StillSore };
enum class JointPain { None, Some, Bad };
enum class Difficulty { Easy, Ok, Hard, TooHard };

std::optional<Pump> pump_from_id(const std::string& id);
std::optional<Soreness> soreness_from_id(const std::string& id);
std::optional<JointPain> joint_pain_from_id(const std::string& id);
std::optional<Difficulty> difficulty_from_id(const std::string& id);
const char* pump_id(Pump p);
const char* soreness_id(Soreness s);
const char* joint_pain_id(JointPain j);
const char* difficulty_id(Difficulty d);
std::string pump_ids_list();  // "none, some, great" for error messages
std::string soreness_ids_list();
std::string joint_pain_ids_list();
std::string difficulty_ids_list();
std::vector<EnumLabel> pump_labels();
std::vector<EnumLabel> soreness_labels();
std::vector<EnumLabel> joint_pain_labels();
std::vector<EnumLabel> difficulty_labels();
// The questions themselves, with the words a page asks them in: per muscle and about the
// whole session. Each value is the record's field that holds the answer and the name of
// the answer's choices in px.describe().enums ("pump", "soreness", "jointPain"; "difficulty").
std::vector<EnumLabel> muscle_question_labels();
std::vector<EnumLabel> session_question_labels();

struct MuscleFeedback {
    exercise::Muscle muscle = exercise::Muscle::Chest;
    Pump pump = Pump::Some;
    Soreness soreness = Soreness::HealedOnTime;
    JointPain joint_pain = JointPain::None;
};

struct SessionFeedback {
    int version = kFeedbackVersion;
    std::string workout_start;  // the workout it is about: its start, as the history has it
    std::string workout_name;
    Difficulty difficulty = Difficulty::Ok;
    std::vector<MuscleFeedback> muscles;  // each muscle at most once
};

// The muscles a session trained, asked about after it: the primary muscles of its
// exercises, each once, in the muscle list's order.
std::vector<exercise::Muscle> trained_muscles(const std::vector<const exercise::Exercise*>& exercises);

}  // namespace proximity::plan
