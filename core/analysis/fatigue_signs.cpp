#include "core/analysis/fatigue_signs.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/common/number_text.hpp"
#include "core/plan/deload_week.hpp"
#include "core/plan/sentence_case.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace proximity::analysis {

namespace {

// Half the typical week's hard sets, rounded up, for each muscle that has sets to cut;
// a muscle with none (or one) is left out: there is nothing to deload.
void add_deload(FatigueSign& sign, const WeeklyTally& tally) {
    sign.deload.clear();
    if (tally.weeks.empty()) return;
    const DropPoint& last = sign.points.back();
    const plan::WeekVolume week = typical_week_before(tally, last.trend->sessions[size_t(last.session)].day);
    for (exercise::Muscle m : sign.muscles) {
        MuscleDeload d{m, week.hard_sets[m], plan::local_deload_sets(week.hard_sets[m])};
        if (d.hard_sets - d.deload_sets >= 1) sign.deload.push_back(d);
    }
}

FatigueSign exercise_sign(const PerformanceDrop& drop) {
    FatigueSign sign;
    const ExerciseTrend& t = *drop.trend;
    int ahead = 0;
    for (int i = drop.first; i <= drop.last; ++i) {
        const ExerciseSession& s = t.sessions[size_t(i)];
        if (s.comparable && s.e1rm) sign.points.push_back({&t, i, drop.window.expected(ahead++), drop.window.band, *s.e1rm});
    }
    if (t.info->library) sign.muscles = t.info->library->primary;
    return sign;
}

bool trains(const ExerciseTrend& t, exercise::Muscle m) {
    const exercise::Exercise* e = t.info->library;
    return e && std::find(e->primary.begin(), e->primary.end(), m) != e->primary.end();
}

struct Candidate {
    int day, workout, entry;
    DropPoint point;
    std::optional<TrendWindow> window;
};

// The run of the muscle's latest comparable sessions (across its exercises) that are each
// below their own exercise's trend; empty when it is not a sign.
std::vector<DropPoint> muscle_run(const std::vector<const ExerciseTrend*>& trends,
                                  const std::vector<ComparablePoints>& points) {
    std::vector<Candidate> latest;
    for (size_t t = 0; t < trends.size(); ++t) {
        const ComparablePoints& cp = points[t];
        const int n = int(cp.e1rm.size());
        for (int p = std::max(0, n - kMaxRun); p < n; ++p) {
            const ExerciseSession& s = trends[t]->sessions[size_t(cp.sessions[size_t(p)])];
            Candidate c{s.day, s.workout, s.entry, {trends[t], cp.sessions[size_t(p)], 0, 0, cp.e1rm[size_t(p)]},
                        window_before(cp.e1rm, p)};
            if (c.window) c.point.expected = c.window->expected(), c.point.band = c.window->band;
            latest.push_back(c);
        }
    }
    std::sort(latest.begin(), latest.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.day, a.workout, a.entry) < std::tie(b.day, b.workout, b.entry);
    });
    std::vector<DropPoint> run;
    for (auto it = latest.rbegin(); it != latest.rend() && int(run.size()) < kMaxRun; ++it) {
        if (!it->window || !it->window->below(it->point.e1rm)) break;
        run.insert(run.begin(), it->point);
    }
    std::set<const ExerciseTrend*> exercises;
    std::set<int> days;
    for (const DropPoint& p : run) exercises.insert(p.trend), days.insert(p.trend->sessions[size_t(p.session)].day);
    if (int(run.size()) < kDropSessions || exercises.size() < 2 || days.size() < 2) return {};
    return run;
}

bool same_points(const std::vector<DropPoint>& a, const std::vector<DropPoint>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const DropPoint& x, const DropPoint& y) {
               return x.trend == y.trend && x.session == y.session;
           });
}

}  // namespace

const DropPoint& FatigueSign::worst() const {
    return *std::max_element(points.begin(), points.end(), [](const DropPoint& a, const DropPoint& b) {
        return (a.expected - a.e1rm) / a.expected < (b.expected - b.e1rm) / b.expected;
    });
}

std::vector<FatigueSign> fatigue_signs(const std::vector<ExerciseTrend>& trends, const WeeklyTally& weeks) {
    std::vector<FatigueSign> out;
    std::set<exercise::Muscle> named;
    for (const ExerciseTrend& t : trends)
        if (auto drop = current_drop(t)) {
            out.push_back(exercise_sign(*drop));
            named.insert(out.back().muscles.begin(), out.back().muscles.end());
        }
    const size_t own = out.size();
    std::vector<ComparablePoints> points(trends.size());
    std::vector<bool> read(trends.size(), false);
    for (exercise::Muscle m : exercise::all_muscles()) {
        if (named.count(m)) continue;
        std::vector<const ExerciseTrend*> of;
        std::vector<ComparablePoints> their;
        for (size_t i = 0; i < trends.size(); ++i) {
            if (!trains(trends[i], m)) continue;
            if (!read[i]) points[i] = comparable_points(trends[i]), read[i] = true;
            of.push_back(&trends[i]);
            their.push_back(points[i]);
        }
        if (of.size() < 2) continue;
        std::vector<DropPoint> run = muscle_run(of, their);
        if (run.empty()) continue;
        auto same = std::find_if(out.begin() + long(own), out.end(), [&](const FatigueSign& s) { return same_points(s.points, run); });
        if (same != out.end()) {
            same->muscles.push_back(m);
            continue;
        }
        FatigueSign sign;
        sign.across = true;
        sign.points = std::move(run);
        sign.muscles = {m};
        out.push_back(std::move(sign));
    }
    for (FatigueSign& s : out) add_deload(s, weeks);
    return out;
}

std::vector<plan::MuscleFatigue> muscle_fatigue(const std::vector<FatigueSign>& signs) {
    std::vector<plan::MuscleFatigue> out;
    for (const FatigueSign& s : signs)
        if (!s.muscles.empty()) out.push_back({"performanceDrop", s.muscles});
    return out;
}

std::string sign_advice(const FatigueSign& s, units::Unit unit) {
    const auto names = [](const std::vector<std::string>& list) {
        std::string text;
        for (size_t i = 0; i < list.size(); ++i) text += (i ? (i + 1 == list.size() ? " and " : ", ") : "") + list[i];
        return text;
    };
    std::vector<std::string> muscles, cut;
    for (exercise::Muscle m : s.muscles) muscles.push_back(plan::lowercase_first(exercise::muscle_name(m)));
    for (const MuscleDeload& d : s.deload) cut.push_back(plan::lowercase_first(exercise::muscle_name(d.muscle)));
    std::string text;
    if (s.across) {
        std::vector<std::string> lifts;
        for (const DropPoint& p : s.points)
            if (std::find(lifts.begin(), lifts.end(), p.trend->name) == lifts.end()) lifts.push_back(p.trend->name);
        text = "Your e1RM fell below its recent trend on " + names(lifts) + ", your latest " +
               std::to_string(s.points.size()) + " sessions for " + names(muscles);
    } else {
        const DropPoint& latest = s.points.back();
        text = "Your e1RM on " + latest.trend->name + " has been below its recent trend for " +
               std::to_string(s.points.size()) + " sessions (" + number_text(latest.expected) + " " +
               units::unit_name(unit) + " expected last time, " + number_text(latest.e1rm) + " done)";
    }
    if (cut.empty()) return text + ": for a week, stop every set 3-4 reps short of failure, and none to failure.";
    return text + ": for a week, do about half the sets for " + names(cut) +
           ", stop every set 3-4 reps short of failure, and none to failure.";
}

}  // namespace proximity::analysis
