#include "core/plan/plan_text.hpp"

#include "core/common/number_text.hpp"
#include "core/plan/sentence_case.hpp"
#include "core/plan/session_days.hpp"

namespace proximity::plan {

namespace {

const char* kArrow = " \xe2\x86\x92 ";

std::string range_text(double lo, double hi) {
    if (number_text(lo, 1) == number_text(hi, 1)) return number_text(lo, 1);
    return number_text(lo, 1) + "-" + number_text(hi, 1);
}

std::string rir_text(double min, double max) {
    if (min == max) return "RIR " + number_text(min);
    return "RIR " + number_text(min) + "-" + number_text(max);
}

std::string saves_text(double saves) { return "; saves " + number_text(saves, 1) + " fatigue units."; }

const ExerciseEvaluation& exercise_at(const PlanEvaluation& ev, int w, int s, int x) {
    return ev.weeks[w].sessions[s].exercises[x];
}

std::string exercise_words(const PlanEvaluation& ev, int w, int s, int x) {
    return lowercase_first(exercise_at(ev, w, s, x).exercise->name);
}

std::string day_and_session(const Plan& plan, const PlanEvaluation& ev, int w, int s) {
    return day_full_name(ev.weeks[w].sessions[s].day) + std::string(" (") + plan.weeks[w].sessions[s].name;
}

}  // namespace

std::string weeks_text(const std::vector<int>& weeks) {
    std::string out;
    size_t i = 0;
    while (i < weeks.size()) {
        size_t j = i;
        while (j + 1 < weeks.size() && weeks[j + 1] == weeks[j] + 1) ++j;
        if (!out.empty()) out += ", ";
        out += std::to_string(weeks[i] + 1);
        if (j > i) out += "-" + std::to_string(weeks[j] + 1);
        i = j + 1;
    }
    return (weeks.size() == 1 ? "week " : "weeks ") + out;
}

std::string muscle_words(exercise::Muscle m) { return lowercase_first(exercise::muscle_name(m)); }

std::string week_session_label(const Plan& plan, const PlanEvaluation& ev, int w, int s) {
    return "Week " + std::to_string(w + 1) + ", " + plan.weeks[w].sessions[s].name + " (" +
           day_name(ev.weeks[w].sessions[s].day) + ")";
}

std::string describe(const Plan& plan, const PlanEvaluation& ev, const PlanWarning& w) {
    const std::string when = " (" + weeks_text(w.weeks) + ")";
    const std::string muscle = w.muscle ? muscle_words(*w.muscle) : "";
    const std::string sets = range_text(w.low, w.high) + " hard sets";
    const int first = w.weeks.front();
    switch (w.kind) {
        case WarningKind::VolumeUnder: {
            const Landmark l = ev.weeks[first].muscles[muscle_index(*w.muscle)].landmark;
            std::string text = capitalised(muscle) + ": " + sets + " a week" + when + ", under the productive range of " +
                               number_text(l.min) + "-" + number_text(l.max);
            if (plan.settings.status == policy::LifterStatus::Beginner)
                text += " (a range for trained lifters; beginners grow on fewer sets)";
            return text + ".";
        }
        case WarningKind::VolumeExcessive:
            return capitalised(muscle) + ": " + sets + " a week" + when + ", above this plan's ceiling of " +
                   number_text(w.limit) + ". More sets still add a little growth, with diminishing returns; at this volume "
                   "failure sets cost more recovery than they return, so keep them rare.";
        case WarningKind::SessionPileUp:
            return plan.weeks[first].sessions[w.session].name + " (" + day_name(ev.weeks[first].sessions[w.session].day) +
                   ") gives " + muscle + " " + sets + " in one session" + when + ": more than " +
                   number_text(w.limit) + "; split them over two sessions.";
        case WarningKind::OnceAWeek:
            return capitalised(muscle) + ": trained in only one session a week" + when +
                   "; spread the sets over two sessions.";
        case WarningKind::OverBudget:
            return capitalised(weeks_text(w.weeks)) + " cost" + (w.weeks.size() == 1 ? "s " : " ") +
                   range_text(100 * w.low / w.limit, 100 * w.high / w.limit) + " % of the weekly fatigue budget: over it.";
    }
    return "";
}

std::string describe(const Plan& plan, const PlanEvaluation& ev, const Suggestion& s) {
    const std::string where = week_session_label(plan, ev, s.week, s.session);
    switch (s.kind) {
        case SuggestionKind::MoveFailure: {
            const std::string from = exercise_words(ev, s.week, s.session, s.exercise);
            return where + ": move failure from " + from + " to " +
                   exercise_words(ev, s.week, s.session, s.target_exercise) + " (" + from + " stops at RIR " +
                   number_text(s.rir) + ")" + saves_text(s.saves);
        }
        case SuggestionKind::StopShort: {
            const std::string which = s.sets == 1 ? "set " + std::to_string(s.set_number)
                                                  : "all " + std::to_string(s.sets) + " failure sets";
            return where + ": " + exercise_words(ev, s.week, s.session, s.exercise) + ", stop " + which + " at RIR " +
                   number_text(s.rir) + " instead of failure" + saves_text(s.saves);
        }
        case SuggestionKind::DropTechnique:
            return where + ": drop the " + lowercase_first(policy::technique_name(*s.technique)) + " on " +
                   exercise_words(ev, s.week, s.session, s.exercise) + saves_text(s.saves);
        case SuggestionKind::CutSets: {
            std::string detail;
            for (const SetCut& c : s.cuts)
                detail += (detail.empty() ? "" : ", ") + exercise_words(ev, s.week, s.session, c.exercise) + " " +
                          std::to_string(c.from) + kArrow + std::to_string(c.to);
            const std::string muscle = muscle_words(*s.muscle);
            return "Week " + std::to_string(s.week + 1) + ": cut " + std::to_string(s.sets) + " set" +
                   (s.sets == 1 ? "" : "s") + " of " + muscle + " on " + day_and_session(plan, ev, s.week, s.session) +
                   ": " + detail + "); " + muscle + " " + number_text(s.muscle_sets, 1) + kArrow +
                   number_text(s.muscle_sets - s.sets, 1) + " hard sets" + saves_text(s.saves);
        }
        case SuggestionKind::TrimSets:
            return "Week " + std::to_string(s.week + 1) + ": cut " + std::to_string(s.sets) + " set" +
                   (s.sets == 1 ? "" : "s") + " of " + exercise_words(ev, s.week, s.session, s.exercise) + " on " +
                   day_and_session(plan, ev, s.week, s.session) + ")" + saves_text(s.saves);
    }
    return "";
}

std::string describe(const Plan& plan, const PlanEvaluation& ev, const ContradictionRef& c) {
    const PlannedSet& set = plan.weeks[c.week].sessions[c.session].exercises[c.exercise].sets[c.set];
    const SetEvaluation& se = exercise_at(ev, c.week, c.session, c.exercise).sets[c.set];
    std::string planned = set.failure ? "to failure" : "at " + rir_text(set.rir, set.rir);
    if (c.kind == Contradiction::TechniqueNotAdvised && set.technique)
        planned += " with a " + lowercase_first(policy::technique_name(*set.technique)) +
                   ", which the policy does not allow here";
    if (c.kind == Contradiction::OverSessionLimit && set.technique) {
        planned += " with one " + lowercase_first(policy::technique_name(*set.technique)) + " more than the session allows";
        if (se.reason) {
            const int most = se.reason->effect.techniques[static_cast<size_t>(*set.technique)].per_session;
            if (most > 0) planned += " (at most " + std::to_string(most) + ")";
        }
    }
    std::string text = week_session_label(plan, ev, c.week, c.session) + ": " +
                       exercise_at(ev, c.week, c.session, c.exercise).exercise->name + " set " +
                       std::to_string(c.set + 1) + " is planned " + planned + "; the policy says " +
                       policy::verdict_id(se.verdict) + " (" + rir_text(se.target_rir.min, se.target_rir.max) + ")";
    if (se.reason) text += ": " + se.reason->title;
    return text;
}

}  // namespace proximity::plan
