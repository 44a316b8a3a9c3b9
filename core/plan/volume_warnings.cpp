#include "core/plan/volume_warnings.hpp"

#include "core/common/number_text.hpp"
#include "core/plan/sentence_case.hpp"
#include "core/plan/session_days.hpp"

#include <algorithm>

namespace proximity::plan {

namespace {

// One finding in one week, before merging.
struct Finding {
    WarningKind kind;
    int week;
    int session;                          // -1 when the finding is about the whole week
    std::optional<exercise::Muscle> muscle;
    double value;                         // hard sets, or fatigue cost for overBudget
    double limit;
};

std::string range_text(double lo, double hi) {
    if (number_text(lo, 1) == number_text(hi, 1)) return number_text(lo, 1);
    return number_text(lo, 1) + "-" + number_text(hi, 1);
}

void find_in_week(const Plan& plan, const WeekEvaluation& we, int w, std::vector<Finding>& out) {
    const bool deload = plan.weeks[w].phase == policy::Phase::Deload;
    for (exercise::Muscle m : exercise::all_muscles()) {
        const MuscleWeek& mw = we.muscles[muscle_index(m)];
        if (!deload && mw.direct_sets > 0 && mw.hard_sets < mw.landmark.min)
            out.push_back({WarningKind::VolumeUnder, w, -1, m, mw.hard_sets, mw.landmark.min});
        if (mw.hard_sets > mw.landmark.ceiling)
            out.push_back({WarningKind::VolumeExcessive, w, -1, m, mw.hard_sets, mw.landmark.ceiling});
        if (!deload && mw.sessions == 1)
            out.push_back({WarningKind::OnceAWeek, w, -1, m, mw.hard_sets, 2});
        const double session_limit = mw.landmark.max / 2;
        for (size_t s = 0; s < we.sessions.size(); ++s) {
            const double sets = we.sessions[s].hard_sets[m];
            if (sets > session_limit)
                out.push_back({WarningKind::SessionPileUp, w, static_cast<int>(s), m, sets, session_limit});
        }
    }
    if (we.budget_status == BudgetStatus::Over)
        out.push_back({WarningKind::OverBudget, w, -1, std::nullopt, we.cost, we.budget});
}

// Most pressing first: fatigue, then too much volume, then too little.
int severity_rank(WarningKind k) {
    switch (k) {
        case WarningKind::OverBudget: return 0;
        case WarningKind::VolumeExcessive: return 1;
        case WarningKind::SessionPileUp: return 2;
        case WarningKind::VolumeUnder: return 3;
        case WarningKind::OnceAWeek: return 4;
    }
    return 5;
}

bool same_group(const Plan& plan, const Finding& a, const Finding& b) {
    if (a.kind != b.kind || a.muscle != b.muscle || (a.session < 0) != (b.session < 0)) return false;
    if (a.session < 0) return true;
    return plan.weeks[a.week].sessions[a.session].name == plan.weeks[b.week].sessions[b.session].name;
}

std::string warning_text(const Plan& plan, const PlanEvaluation& ev, const std::vector<Finding>& group) {
    const Finding& f = group.front();
    double lo = f.value, hi = f.value;
    std::vector<int> weeks;
    for (const Finding& g : group) {
        lo = std::min(lo, g.value);
        hi = std::max(hi, g.value);
        weeks.push_back(g.week);
    }
    const std::string when = " (" + weeks_text(weeks) + ")";
    const std::string muscle = f.muscle ? muscle_words(*f.muscle) : "";
    const std::string sets = range_text(lo, hi) + " hard sets";
    switch (f.kind) {
        case WarningKind::VolumeUnder: {
            const Landmark l = ev.weeks[f.week].muscles[muscle_index(*f.muscle)].landmark;
            return capitalised(muscle) + ": " + sets + " a week" + when + ", under the productive range of " +
                   number_text(l.min) + "-" + number_text(l.max) + ".";
        }
        case WarningKind::VolumeExcessive:
            return capitalised(muscle) + ": " + sets + " a week" + when + ", above " + number_text(f.limit) +
                   ", where failure work costs far more than it returns (seed 000).";
        case WarningKind::SessionPileUp: {
            const Session& s = plan.weeks[f.week].sessions[f.session];
            return s.name + " (" + day_name(ev.weeks[f.week].sessions[f.session].day) + ") gives " + muscle +
                   " " + sets + " in one session" + when + ": more than " + number_text(f.limit) +
                   "; split them over two sessions (seed 002).";
        }
        case WarningKind::OnceAWeek:
            return capitalised(muscle) + ": trained in only one session a week" + when +
                   "; spread the sets over two sessions (seed 002).";
        case WarningKind::OverBudget:
            return capitalised(weeks_text(weeks)) + " cost" + (weeks.size() == 1 ? "s " : " ") +
                   range_text(lo, hi) + " fatigue units, over the weekly budget of " + number_text(f.limit, 1) + ".";
    }
    return "";
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

std::vector<PlanWarning> volume_warnings(const Plan& plan, const PlanEvaluation& ev) {
    std::vector<Finding> findings;
    for (size_t w = 0; w < ev.weeks.size(); ++w) find_in_week(plan, ev.weeks[w], static_cast<int>(w), findings);
    std::vector<bool> used(findings.size(), false);
    std::vector<PlanWarning> out;
    for (size_t i = 0; i < findings.size(); ++i) {
        if (used[i]) continue;
        std::vector<Finding> group;
        for (size_t j = i; j < findings.size(); ++j)
            if (!used[j] && same_group(plan, findings[i], findings[j])) {
                used[j] = true;
                group.push_back(findings[j]);
            }
        PlanWarning w{group.front().kind, {}, group.front().session, group.front().muscle,
                      warning_text(plan, ev, group)};
        for (const Finding& g : group) w.weeks.push_back(g.week);
        out.push_back(std::move(w));
    }
    std::stable_sort(out.begin(), out.end(), [](const PlanWarning& a, const PlanWarning& b) {
        return severity_rank(a.kind) < severity_rank(b.kind);
    });
    return out;
}

}  // namespace proximity::plan
