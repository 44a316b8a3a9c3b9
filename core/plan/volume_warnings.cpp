#include "core/plan/volume_warnings.hpp"

#include <algorithm>

namespace proximity::plan {

namespace {

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

// Merges findings that differ only by week: same kind, muscle and session name.
class Merger {
public:
    explicit Merger(const Plan& plan) : plan_(plan) {}

    void add(WarningKind kind, int week, int session, std::optional<exercise::Muscle> muscle, double value,
             double limit) {
        const int name = session < 0 ? -1 : name_id(plan_.weeks[week].sessions[session].name);
        for (size_t i = 0; i < out_.size(); ++i) {
            PlanWarning& w = out_[i];
            if (w.kind != kind || w.muscle != muscle || names_[i] != name) continue;
            w.weeks.push_back(week);
            w.low = std::min(w.low, value);
            w.high = std::max(w.high, value);
            return;
        }
        out_.push_back(PlanWarning{kind, {week}, session, muscle, value, value, limit});
        names_.push_back(name);
    }

    std::vector<PlanWarning> take() {
        std::stable_sort(out_.begin(), out_.end(), [](const PlanWarning& a, const PlanWarning& b) {
            return severity_rank(a.kind) < severity_rank(b.kind);
        });
        return std::move(out_);
    }

private:
    int name_id(const std::string& name) {
        for (size_t i = 0; i < session_names_.size(); ++i)
            if (session_names_[i] == name) return static_cast<int>(i);
        session_names_.push_back(name);
        return static_cast<int>(session_names_.size()) - 1;
    }

    const Plan& plan_;
    std::vector<PlanWarning> out_;
    std::vector<int> names_;  // session name id of each warning, -1 for none
    std::vector<std::string> session_names_;
};

}  // namespace

std::vector<PlanWarning> volume_warnings(const Plan& plan, const PlanEvaluation& ev) {
    Merger merger(plan);
    for (size_t wi = 0; wi < ev.weeks.size(); ++wi) {
        const int w = static_cast<int>(wi);
        const WeekEvaluation& we = ev.weeks[wi];
        const bool deload = plan.weeks[wi].phase == policy::Phase::Deload;
        if (we.budget_status == BudgetStatus::Over)
            merger.add(WarningKind::OverBudget, w, -1, std::nullopt, we.cost, we.budget);
        for (exercise::Muscle m : exercise::all_muscles()) {
            const MuscleWeek& mw = we.muscles[muscle_index(m)];
            if (mw.hard_sets > mw.landmark.ceiling)
                merger.add(WarningKind::VolumeExcessive, w, -1, m, mw.hard_sets, mw.landmark.ceiling);
            const double session_limit = mw.landmark.max / 2;
            for (size_t s = 0; s < we.sessions.size(); ++s) {
                const double sets = we.sessions[s].hard_sets[m];
                if (sets > session_limit)
                    merger.add(WarningKind::SessionPileUp, w, static_cast<int>(s), m, sets, session_limit);
            }
            if (deload) continue;
            if (mw.direct_sets > 0 && mw.hard_sets < mw.landmark.min)
                merger.add(WarningKind::VolumeUnder, w, -1, m, mw.hard_sets, mw.landmark.min);
            if (mw.sessions == 1) merger.add(WarningKind::OnceAWeek, w, -1, m, mw.hard_sets, 2);
        }
    }
    return merger.take();
}

}  // namespace proximity::plan
