#include "core/json/analysis_json.hpp"

#include "core/analysis/calibration_words.hpp"

#include "core/analysis/calendar_day.hpp"
#include "core/analysis/readiness_model.hpp"
#include "core/plan/deload_week.hpp"
#include "core/plan/landmarks.hpp"

namespace proximity::analysis {

using nlohmann::json;
using namespace proximity::analysis;

namespace {

json optional_number(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

json sessions_json(const ExerciseTrend& t, int from) {
    json out = json::array();
    for (const ExerciseSession& s : t.sessions) {
        if (s.day < from) continue;
        json j = json::object();
        j["date"] = date_text(s.day);
        j["e1rm"] = optional_number(s.e1rm);
        j["low"] = s.e1rm ? json(s.low) : json(nullptr);
        j["high"] = s.e1rm ? json(s.high) : json(nullptr);
        j["lowerBound"] = s.lower_bound;
        j["failureSets"] = s.failure_sets;
        j["hardSets"] = s.hard_sets;
        out.push_back(std::move(j));
    }
    return out;
}

json records_json(const std::vector<Record>& records, int from) {
    json out = json::array();
    for (const Record& r : records) {
        if (r.day < from) continue;
        json j = json::object();
        j["type"] = record_kind_id(r.kind);
        j["date"] = date_text(r.day);
        j["load"] = r.load;
        j["reps"] = r.reps;
        if (r.kind == RecordKind::E1rm) {
            j["e1rm"] = r.e1rm;
            j["previous"] = r.previous_e1rm > 0 ? json(r.previous_e1rm) : json(nullptr);
        }
        if (r.kind == RecordKind::RepsAtLoad) j["previous"] = r.previous;
        out.push_back(std::move(j));
    }
    return out;
}

json exercises_json(const HistoryAnalysis& a, int from, const std::optional<std::string>& only) {
    json out = json::array();
    for (size_t i = 0; i < a.trends.size(); ++i) {
        const ExerciseTrend& t = a.trends[i];
        json j = json::object();
        j["exercise"] = t.info->id;
        j["name"] = t.name;
        j["loggedName"] = t.logged_name;
        const bool listed = !only || *only == t.info->id;
        j["sessionCount"] = t.sessions.size();
        j["sessions"] = listed ? sessions_json(t, from) : json::array();
        if (t.best_e1rm) {
            json best = json::object();
            best["e1rm"] = *t.best_e1rm;
            best["date"] = date_text(t.sessions[size_t(t.best_session)].day);
            j["best"] = std::move(best);
        } else {
            j["best"] = nullptr;
        }
        j["trend"] = optional_number(trend_e1rm(t));
        j["records"] = listed ? records_json(a.records[i], from) : json::array();
        out.push_back(std::move(j));
    }
    return out;
}

json muscles_json(const plan::MuscleTally& tally) {
    json out = json::object();
    for (exercise::Muscle m : exercise::all_muscles())
        if (tally[m] > 0) out[exercise::muscle_id(m)] = tally[m];
    return out;
}

json weeks_json(const HistoryAnalysis& a, int from) {
    const plan::LandmarkTable landmarks =
        a.options.plan ? a.options.plan->settings.landmarks : plan::LandmarkTable{};
    json out = json::array();
    for (const WeekTally& w : a.weeks.weeks) {
        if (w.start < monday_of(from)) continue;
        json j = json::object();
        j["start"] = date_text(w.start);
        j["hardSets"] = muscles_json(w.hard_sets);
        json failure = muscles_json(w.failure_sets);
        failure["total"] = w.failure_set_count;
        j["failureSets"] = std::move(failure);
        j["hardSetCount"] = w.hard_set_count;
        j["failureShare"] = w.hard_set_count > 0 ? json(double(w.failure_set_count) / w.hard_set_count) : json(nullptr);
        j["advisedAgainst"] = w.advised_against;
        j["failureByExercise"] = w.failure_by_exercise;
        json volume = json::object();
        for (exercise::Muscle m : exercise::all_muscles())
            if (w.hard_sets[m] > 0)
                volume[exercise::muscle_id(m)] = plan::volume_status_id(plan::classify_volume(w.hard_sets[m], landmarks.at(m)));
        j["volume"] = std::move(volume);
        out.push_back(std::move(j));
    }
    return out;
}

json failure_json(const HistoryAnalysis& a, const history::History& h, int from, const std::optional<std::string>& only) {
    int failure = 0, hard = 0;
    for (const WeekTally& w : a.weeks.weeks) failure += w.failure_set_count, hard += w.hard_set_count;
    json out = json::object();
    out["sets"] = failure;
    out["hardSets"] = hard;
    out["share"] = hard > 0 ? json(double(failure) / hard) : json(nullptr);
    out["advisedAgainst"] = a.weeks.advised_against.size();
    json reasons = json::array(), sets = json::array();
    for (const AdvisedAgainst& s : a.weeks.advised_against) {
        const policy::Rule* rule = s.judgement.rule;
        if (s.day < from) continue;
        const std::string& id = h.workouts[size_t(s.workout)].exercises[size_t(s.entry)].exercise;
        json j = json::object();
        j["date"] = date_text(s.day);
        j["exercise"] = id;
        j["set"] = s.set + 1;
        j["verdict"] = policy::verdict_id(s.judgement.verdict);
        j["rule"] = rule ? json(rule->id) : json(nullptr);
        j["title"] = rule ? json(rule->title) : json(nullptr);
        if (!only || *only == id) sets.push_back(std::move(j));
        auto it = std::find_if(reasons.begin(), reasons.end(),
                               [&](const json& r) { return r["rule"] == (rule ? json(rule->id) : json(nullptr)); });
        if (it == reasons.end()) {
            reasons.push_back({{"rule", rule ? json(rule->id) : json(nullptr)},
                               {"title", rule ? json(rule->title) : json(nullptr)},
                               {"sets", 0}});
            it = reasons.end() - 1;
        }
        (*it)["sets"] = (*it)["sets"].get<int>() + 1;
    }
    out["reasons"] = std::move(reasons);
    out["advisedAgainstSets"] = std::move(sets);
    return out;
}

json error_json(const ErrorSummary& e) {
    return {{"mae", e.n ? json(e.mae) : json(nullptr)}, {"low", optional_number(e.low)},
            {"high", optional_number(e.high)}, {"n", e.n}};
}

json class_json(CallClass c, const ClassCalibration& k) {
    return {{"class", call_class_id(c)},
            {"bias", k.bias},
            {"applied", k.applied_bias()},
            {"spread", k.spread},
            {"tests", k.tests},
            {"inferred", k.inferred},
            {"lastTest", k.last_day ? json(date_text(*k.last_day)) : json(nullptr)},
            {"stale", k.stale},
            {"uncertain", k.uncertain},
            {"needsTest", k.needs_test()},
            {"basis", call_basis_id(k.basis)},
            {"words", class_words(c, k)}};
}

json calibration_out(const HistoryAnalysis& a, int from, bool with_trend) {
    json out = json::object();
    out["bias"] = a.calibration.bias;
    out["spread"] = optional_number(a.calibration.spread);
    out["sets"] = a.calibration.count;
    out["fromHistory"] = static_cast<int>(a.calls.size());
    out["misjudgement"] = a.uncertainty.misjudgement;
    out["basis"] = load::uncertainty_basis_name(a.uncertainty.basis);
    out["bandWords"] = band_words(a.uncertainty.misjudgement);
    out["prior"] = {{"bias", a.calls_model.prior.bias}, {"spread", a.calls_model.prior.spread}};
    json classes = json::array();
    for (size_t k = 0; k < kCallClassCount; ++k)
        classes.push_back(class_json(static_cast<CallClass>(k), a.calls_model.classes[k]));
    out["classes"] = std::move(classes);
    out["backtest"] = {{"raw", error_json(a.backtest.raw)},
                       {"calibrated", error_json(a.backtest.calibrated)},
                       {"inferredUnscored", a.backtest.inferred},
                       {"words", backtest_words(a.backtest)}};
    json trend = json::array();
    for (const CalibrationPoint& p : a.calls_trend)
        if (with_trend && p.day >= from)
            trend.push_back({{"date", date_text(p.day)},
                             {"error", p.error},
                             {"bias", p.overall.bias},
                             {"spread", p.overall.spread}});
    out["trend"] = std::move(trend);
    return out;
}

json fatigue_json(const HistoryAnalysis& a) {
    json signs = json::array();
    for (const FatigueSign& s : a.signs) {
        const ExerciseTrend& t = s.latest();
        const DropPoint& worst = s.worst();
        json j = json::object();
        j["sign"] = "performanceDrop";
        j["across"] = s.across;
        j["exercise"] = t.info->id;
        j["name"] = t.name;
        json exercises = json::array();
        for (const DropPoint& p : s.points)
            if (std::find(exercises.begin(), exercises.end(), p.trend->info->id) == exercises.end())
                exercises.push_back(p.trend->info->id);
        j["exercises"] = std::move(exercises);
        json muscles = json::array();
        for (exercise::Muscle m : s.muscles) muscles.push_back(exercise::muscle_id(m));
        j["muscles"] = std::move(muscles);
        j["since"] = date_text(s.points.front().trend->sessions[size_t(s.points.front().session)].day);
        j["expected"] = worst.expected;
        j["band"] = worst.band;
        j["worst"] = worst.e1rm;
        j["dropPercent"] = 100.0 * (worst.expected - worst.e1rm) / worst.expected;
        json sessions = json::array();
        for (const DropPoint& p : s.points)
            sessions.push_back({{"date", date_text(p.trend->sessions[size_t(p.session)].day)},
                                {"exercise", p.trend->info->id},
                                {"e1rm", p.e1rm},
                                {"expected", p.expected}});
        j["sessions"] = std::move(sessions);
        json deload = json::object(), dm = json::array();
        for (const MuscleDeload& d : s.deload)
            dm.push_back({{"muscle", exercise::muscle_id(d.muscle)}, {"hardSets", d.hard_sets}, {"deloadSets", d.deload_sets}});
        deload["muscles"] = std::move(dm);
        deload["compoundRir"] = plan::kDeloadCompoundRir;
        deload["isolationRir"] = plan::kDeloadIsolationRir;
        deload["weeks"] = 1;
        j["deload"] = std::move(deload);
        j["advice"] = sign_advice(s, a.options.unit);
        signs.push_back(std::move(j));
    }
    return json{{"signs", std::move(signs)}};
}

json point_json(const ReadinessPoint& p) {
    return json{{"date", date_text(p.day)}, {"value", p.value},         {"readiness", p.readiness},
                {"baseline", p.baseline},     {"fitness", p.fitness}, {"fatigue", p.fatigue}};
}

json points_json(const std::vector<ReadinessPoint>& points, int from) {
    json out = json::array();
    for (const ReadinessPoint& p : points)
        if (p.day >= from) out.push_back({{"date", date_text(p.day)}, {"value", p.value}});
    return out;
}

json next_json(const HistoryAnalysis& a) {
    json out = json::array();
    if (!a.next) return out;
    for (const NextExercise& n : a.next->exercises) {
        json j = json::object();
        j["exercise"] = n.exercise;
        j["reps"] = n.reps;
        j["rir"] = n.rir;
        j["e1rm"] = optional_number(n.e1rm);
        j["target"] = optional_number(n.target);
        j["load"] = optional_number(n.load);
        if (n.load) j["loadText"] = n.load_text;
        j["lastLoad"] = optional_number(n.last_load);
        j["basis"] = next_basis_id(n.basis);
        j["reason"] = n.reason;
        out.push_back(std::move(j));
    }
    return out;
}

json planned_json(const HistoryAnalysis& a, int from) {
    json out = json::array();
    for (const SessionAdherence& s : a.adherence) {
        if (s.day < from) continue;
        json exercises = json::array();
        for (const ExerciseAdherence& e : s.exercises)
            exercises.push_back({{"exercise", e.exercise}, {"planned", e.planned}, {"actual", e.actual}});
        out.push_back({{"date", date_text(s.day)},
                       {"week", s.week},
                       {"session", s.session},
                       {"plannedHardSets", s.planned},
                       {"actualHardSets", s.actual},
                       {"exercises", std::move(exercises)}});
    }
    return out;
}

}  // namespace

json analysis_json(const HistoryAnalysis& a, const history::History& history, int from, const std::optional<std::string>& exercise) {
    json out = json::object();
    out["unit"] = units::unit_name(a.options.unit);
    out["formula"] = load::formula_name(a.options.formula);
    out["exercises"] = exercises_json(a, from, exercise);
    out["weeks"] = weeks_json(a, from);
    out["failure"] = failure_json(a, history, from, exercise);
    // The first look (exercise: null) leaves out every per-session list: the exercises' and
    // the calibration's trend after each call (a decade: 20,000 points no card draws).
    out["calibration"] = calibration_out(a, from, !(exercise && exercise->empty()));
    out["fatigue"] = fatigue_json(a);
    out["readiness"] = points_json(a.readiness.logged, from);
    out["today"] = a.has_today ? point_json(a.readiness.today) : json(nullptr);
    out["readinessBaseline"] = readiness_baseline_words();
    out["projection"] = points_json(a.readiness.projection, from);
    out["next"] = next_json(a);
    out["nextSession"] = a.next ? json{{"week", a.next->week}, {"session", a.next->session}} : json(nullptr);
    out["planned"] = planned_json(a, from);
    return out;
}

}  // namespace proximity::analysis
