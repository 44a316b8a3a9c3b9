#include "core/plan/feedback_volume.hpp"

#include "core/common/number_text.hpp"
#include "core/plan/deload_week.hpp"

#include <algorithm>
#include <cmath>

namespace proximity::plan {

namespace {

std::string sets_text(double n) { return number_text(n, 1) + (n == 1 ? " set" : " sets"); }

bool fatigued(const std::vector<MuscleFatigue>& fatigue, exercise::Muscle m) {
    return std::any_of(fatigue.begin(), fatigue.end(), [&](const MuscleFatigue& f) {
        return f.muscles.empty() || std::find(f.muscles.begin(), f.muscles.end(), m) != f.muscles.end();
    });
}

// Rule 3 and its modifiers: the step from the answers, with the words for it.
int answered_step(const MuscleFeedback& f, Difficulty difficulty, std::string& why) {
    int step = 0;
    switch (f.soreness) {
        case Soreness::StillSore:
            step = -kCutWhenStillSore;
            why = "Still sore when you trained it again: recovery has not kept up, so " + sets_text(kCutWhenStillSore) + " fewer.";
            break;
        case Soreness::HealedOnTime:
            why = "Sore until just before this session: recovery matches the work, so the same sets.";
            break;
        case Soreness::None:
        case Soreness::HealedEarly: {
            const bool pumped = f.pump != Pump::None;
            step = pumped ? kAddWhenPumped : kAddWhenNoPump;
            why = std::string(f.soreness == Soreness::None ? "Not sore" : "Recovered well before this session") +
                  (pumped ? " with a pump: room for a little more work, so " : " and no pump: room for more work, so ") +
                  sets_text(step) + " more.";
            break;
        }
    }
    if (f.joint_pain == JointPain::Some && step > 0) {
        step = 0;
        why += " Some joint pain: no sets added until it settles.";
    }
    if (difficulty == Difficulty::TooHard && step > -kCutAfterTooHard) {
        step = -kCutAfterTooHard;
        why += " The session felt too hard: " + sets_text(kCutAfterTooHard) + " fewer.";
    } else if (difficulty == Difficulty::Hard && step > kMaxAddAfterHard) {
        step = kMaxAddAfterHard;
        why += " The session felt hard: at most " + sets_text(kMaxAddAfterHard) + " more.";
    }
    return step;
}

NextWeekSets decide(const MuscleFeedback& f, Difficulty difficulty, double this_week, const Landmark& l, bool tired) {
    NextWeekSets out{f.muscle, this_week, 0, VolumeAction::Hold, l, ""};
    const double base = std::round(this_week);
    if (tired) {
        out.next_week = local_deload_sets(base);
        out.action = VolumeAction::Deload;
        out.reason = "Your log shows your lifts for this muscle dropping below their trend, a sign of fatigue that "
                     "outweighs your answers: a lighter week of " + sets_text(out.next_week) +
                     " (about half), none to failure, then back to " + sets_text(base) + ".";
        return out;
    }
    double next = base;
    if (f.joint_pain == JointPain::Bad) {
        next = std::max(0.0, base - kCutForBadJoints);
        out.reason = "Bad joint pain: " + sets_text(kCutForBadJoints) +
                     " fewer whatever else you answered; swap the exercise that hurt for one that does not.";
    } else {
        const int step = answered_step(f, difficulty, out.reason);
        next = base + step;
        const double floor = std::min(base, l.min);
        if (step < 0 && next < floor) {
            next = floor;
            out.reason += floor < l.min ? " Kept at " + sets_text(floor) + ": already under the " + sets_text(l.min) +
                                              " a week where the productive range starts."
                                        : " Kept at " + sets_text(floor) + " a week, where the productive range starts.";
        }
    }
    if (next > l.ceiling) {
        next = l.ceiling;
        out.reason += base > l.ceiling ? " Down to the ceiling of " + sets_text(l.ceiling) + " a week: more is past what the model expects you to recover from."
                                       : " Held at the ceiling of " + sets_text(l.ceiling) + " a week.";
    }
    out.next_week = next;
    out.action = next > base ? VolumeAction::Add : next < base ? VolumeAction::Reduce : VolumeAction::Hold;
    return out;
}

}  // namespace

const char* volume_action_id(VolumeAction a) {
    switch (a) {
        case VolumeAction::Deload: return "deload";
        case VolumeAction::Reduce: return "reduce";
        case VolumeAction::Hold: return "hold";
        case VolumeAction::Add: return "add";
    }
    return "";
}

std::vector<NextWeekSets> next_week_sets(const SessionFeedback& feedback, const MuscleTally& this_week,
                                         const LandmarkTable& landmarks, const std::vector<MuscleFatigue>& fatigue) {
    std::vector<NextWeekSets> out;
    for (const MuscleFeedback& f : feedback.muscles)
        out.push_back(decide(f, feedback.difficulty, this_week[f.muscle], landmarks.at(f.muscle), fatigued(fatigue, f.muscle)));
    return out;
}

}  // namespace proximity::plan
