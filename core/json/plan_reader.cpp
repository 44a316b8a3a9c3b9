#include "core/json/plan_reader.hpp"

#include "core/shapes/plan_contract.hpp"
#include "core/common/quoted_text.hpp"
#include "core/json/plan_migration.hpp"
#include "core/json/plan_version_check.hpp"

#include "core/common/input_error.hpp"
#include "core/common/number_text.hpp"
#include "core/common/text_length.hpp"
#include "core/json/effort_fields.hpp"
#include "core/json/json_fields.hpp"
#include "core/plan/plan_limits.hpp"
#include "core/plan/plan_paths.hpp"
#include "core/plan/plan_words.hpp"
#include "core/plan/sentence_case.hpp"

#include <cmath>

namespace proximity::plan {

using nlohmann::json;
namespace fields = proximity::fields;

namespace {

// An error already said in a lifter's words (below): the outer parts pass it on as it is.
class PlacedError : public InputError {
public:
    using InputError::InputError;
};

// The last field name in a path: "reps" of "weeks[0].sessions[0].exercises[0].sets[0].reps".
std::string last_key(const std::string& path) {
    const size_t dot = path.find_last_of('.');
    std::string key = dot == std::string::npos ? path : path.substr(dot + 1);
    const size_t bracket = key.find('[');
    return bracket == std::string::npos ? key : key.substr(0, bracket);
}

// "Fitness fade time (days)" inside a sentence; "RIR" stays "RIR".
std::string as_in_sentence(const std::string& label) {
    return label.size() > 1 && std::isupper(static_cast<unsigned char>(label[1])) ? label : lowercase_first(label);
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return !prefix.empty() && s.compare(0, prefix.size(), prefix) == 0;
}

// The reader's message with the JSON path in front replaced by the place in a lifter's
// words: "weeks[0].sessions[0].exercises[0].sets[0].reps must be between 1 and 50" read
// at "Week 1, Push, Bench press (barbell), set 1" says "... set 1: reps must be between
// 1 and 50". The field (the machine address the page focuses) is kept as it was.
[[noreturn]] void throw_placed(const InputError& e, const std::string& where, const std::string& place) {
    const std::string message = e.what();
    std::string rest = message;
    if (starts_with(message, e.field()) && e.field() != where) {
        rest = message.substr(e.field().size());
        rest = rest.rfind(":", 0) == 0 ? rest.substr(1) : as_in_sentence(field_label(last_key(e.field()))) + rest;
    } else if (starts_with(message, where)) {
        rest = message.substr(where.size());
        if (rest.rfind(":", 0) == 0) rest = rest.substr(1);
    }
    const size_t begin = rest.find_first_not_of(' ');
    throw PlacedError(e.field(), place + ": " + (begin == std::string::npos ? rest : rest.substr(begin)));
}

// Runs read() for the part of the plan at `where`; what it refuses is said at `place()`
// (a function: the names it uses are read as the part is).
template <class Read, class Place>
auto at_place(const std::string& where, Place place, Read read) {
    try {
        return read();
    } catch (const PlacedError&) {
        throw;
    } catch (const InputError& e) {
        throw_placed(e, where, place());
    }
}

const json& require_object_at(const json& v, const std::string& where) {
    return fields::require_object_at(v, where, "a plan");
}
using fields::read_array;

std::string read_name(const json& obj, const std::string& name, const std::string& parent, bool required) {
    const std::string field = fields::path(parent, name);
    auto s = fields::read_optional_string(obj, name, parent);
    if (!s) {
        if (required) throw InputError(field, field + " is required");
        return "";
    }
    size_t begin = s->find_first_not_of(" \t\r\n"), end = s->find_last_not_of(" \t\r\n");
    std::string trimmed = begin == std::string::npos ? "" : s->substr(begin, end - begin + 1);
    if (required && trimmed.empty()) throw InputError(field, field + " must not be empty");
    if (code_points(trimmed) > kMaxNameLength)
        throw InputError(field, field + " may be at most " + std::to_string(kMaxNameLength) + " characters");
    return trimmed;
}

// An optional enum member read through the policy's own ids; the error lists them.
template <class Enum, size_t N, class IdOf, class FromId>
Enum read_id(const json& obj, const char* name, const std::string& parent, Enum fallback, const Enum (&all)[N],
             IdOf id_of, FromId from_id) {
    auto s = fields::read_optional_string(obj, name, parent);
    if (!s) return fallback;
    if (auto v = from_id(*s)) return *v;
    std::string list;
    for (Enum e : all) list += (list.empty() ? "" : ", ") + std::string(id_of(e));
    const std::string field = fields::path(parent, name);
    throw InputError(field, field + " must be one of " + list + " (got " + quoted_input(*s) + ")");
}

std::string technique_ids() {
    std::string list;
    for (policy::Technique t : policy::kAllTechniques) list += (list.empty() ? "" : ", ") + std::string(policy::technique_id(t));
    return list;
}

PlannedSet read_set_at(const json& raw, const std::string& where) {
    const json& j = require_object_at(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kPlannedSet);
    PlannedSet s;
    s.reps = fields::read_int(j, "reps", where, 1, kMaxReps);
    s.failure = fields::read_bool_or(j, "failure", where, false);
    s.warmup = fields::read_bool_or(j, "warmup", where, false);
    const auto effort = fields::read_optional_effort(j, where);
    std::optional<double> rir;
    if (effort) rir = effort->rir();
    const std::string rir_field = fields::path(where, "rir");
    if (s.failure && rir && *rir > 0)
        throw InputError(rir_field, where + ": marked to failure but with RIR " + number_text(*rir) +
                                        "; a set to failure has RIR 0");
    if (!s.failure && !rir)
        throw InputError(where, where + ": needs a target effort: RIR (0-10), RPE (5-10) or failure");
    s.rir = s.failure ? 0.0 : *rir;
    if (s.warmup && s.failure)
        throw InputError(fields::path(where, "warmup"), where + ": a warm-up cannot be taken to failure");
    if (auto t = fields::read_optional_string(j, "technique", where)) {
        const std::string field = fields::path(where, "technique");
        s.technique = policy::technique_from_id(*t);
        if (!s.technique)
            throw InputError(field, field + " must be one of " + technique_ids() + " (got " + quoted_input(*t) + ")");
        if (!s.failure)
            throw InputError(field, field + ": " + lowercase_first(policy::technique_name(*s.technique)) +
                                        " takes a set to failure or past it; plan the set to failure");
    }
    s.load = fields::read_optional_number(j, "load", where, kSetLoad.min, kSetLoad.max);
    if (s.load && *s.load <= 0) {
        const std::string field = fields::path(where, "load");
        throw InputError(field, field + " must be greater than 0");
    }
    s.percent_e1rm = fields::read_optional_number(j, "percentE1rm", where, kPercentE1rm.min, kPercentE1rm.max);
    return s;
}

PlannedSet read_set(const json& raw, const std::string& where, const std::string& place) {
    return at_place(where, [&] { return place; }, [&] { return read_set_at(raw, where); });
}

PlannedExercise read_exercise_entry(const json& raw, const std::string& where, std::string& place,
                                    const exercise::ExerciseLibrary& library, int& total_sets) {
    const json& j = require_object_at(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kPlannedExercise);
    PlannedExercise x;
    x.exercise = fields::read_string(j, "exercise", where);
    const exercise::Exercise* known = library.find(x.exercise);
    if (!known) {
        const std::string field = fields::path(where, "exercise");
        throw InputError(field, field + ": unknown exercise " + quoted_input(x.exercise));
    }
    place = place.substr(0, place.rfind(", ")) + ", " + known->name;  // "exercise 2" -> its name
    const json& sets = read_array(j, "sets", where, 1, kMaxSetsPerExercise);
    total_sets += static_cast<int>(sets.size());
    if (total_sets > kMaxPlanSets)
        throw InputError("weeks", "a plan may have at most " + std::to_string(kMaxPlanSets) + " sets");
    x.sets.reserve(sets.size());
    for (size_t i = 0; i < sets.size(); ++i)
        x.sets.push_back(read_set(sets[i], where + ".sets[" + std::to_string(i) + "]",
                                  place + ", " + set_place(static_cast<int>(i))));
    if (auto note = fields::read_optional_string(j, "note", where)) {
        if (code_points(*note) > 500) {
            const std::string field = fields::path(where, "note");
            throw InputError(field, field + " may be at most 500 characters");
        }
        x.note = *note;
    }
    x.superset_with_previous = fields::read_bool_or(j, "supersetWithPrevious", where, false);
    return x;
}

Session read_session_at(const json& raw, int w, int s, const std::string& where, std::string& place,
                        const exercise::ExerciseLibrary& library, int& total_sets) {
    const json& j = require_object_at(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kPlannedSession);
    Session session;
    session.name = read_name(j, "name", where, true);
    place = week_place(w) + ", " + session.name;
    session.day = fields::read_int_or(j, "day", where, 1, 7, 0);
    const json& exercises = read_array(j, "exercises", where, 0, kMaxExercisesPerSession);
    session.exercises.reserve(exercises.size());
    for (size_t x = 0; x < exercises.size(); ++x) {
        const std::string at = exercise_path(w, s, static_cast<int>(x));
        std::string exercise = place + ", " + exercise_place(static_cast<int>(x));
        session.exercises.push_back(at_place(at, [&] { return exercise; },
                                             [&] { return read_exercise_entry(exercises[x], at, exercise, library, total_sets); }));
        if (x == 0 && session.exercises[0].superset_with_previous)
            throw PlacedError(at + ".supersetWithPrevious",
                              exercise + ": the first exercise of a session has none before it to make a superset with");
    }
    return session;
}

Session read_session(const json& raw, int w, int s, const exercise::ExerciseLibrary& library, int& total_sets) {
    const std::string where = session_path(w, s);
    std::string place = week_place(w) + ", " + session_place(s);
    return at_place(where, [&] { return place; },
                    [&] { return read_session_at(raw, w, s, where, place, library, total_sets); });
}

Week read_week_at(const json& raw, int w, const std::string& where, const exercise::ExerciseLibrary& library,
                 int& total_sets) {
    const json& j = require_object_at(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kPlanWeek);
    Week week;
    week.label = read_name(j, "label", where, false);
    week.effort_rir = fields::read_optional_number(j, "effortRir", where, 0.0, 10.0);
    week.phase = read_id(j, "phase", where, policy::Phase::Normal, kPhases, policy::phase_id, policy::phase_from_id);
    const json& sessions = read_array(j, "sessions", where, 0, kMaxSessionsPerWeek);
    week.sessions.reserve(sessions.size());
    for (size_t s = 0; s < sessions.size(); ++s)
        week.sessions.push_back(read_session(sessions[s], w, static_cast<int>(s), library, total_sets));
    return week;
}

Week read_week(const json& raw, int w, const exercise::ExerciseLibrary& library, int& total_sets) {
    const std::string where = week_path(w);
    return at_place(where, [&] { return week_place(w); }, [&] { return read_week_at(raw, w, where, library, total_sets); });
}

Landmark read_landmark(const json& raw, const std::string& where) {
    const json& j = require_object_at(raw, where);
    fields::reject_unknown_fields(j, where, shapes::kLandmark);
    Landmark l;
    l.min = fields::read_number(j, "min", where, kLandmarkSets.min, kLandmarkSets.max);
    l.max = fields::read_number(j, "max", where, kLandmarkSets.min, kLandmarkSets.max);
    l.ceiling = fields::read_number(j, "ceiling", where, kLandmarkSets.min, kLandmarkSets.max);
    if (l.min > l.max) throw InputError(where + ".max", where + ": max must be at least min");
    if (l.max > l.ceiling) throw InputError(where + ".ceiling", where + ": ceiling must be at least max");
    return l;
}

void read_settings_object(const json& j, const std::string& where, PlanSettings& out) {
    fields::reject_unknown_fields(j, where, shapes::kPlanSettings);
    if (fields::has(j, "counting")) {
        const std::string cw = fields::path(where, "counting");
        const json& c = require_object_at(j.at("counting"), cw);
        fields::reject_unknown_fields(c, cw, shapes::kCounting);
        out.counting.primary = fields::read_number_or(c, "primary", cw, kPrimaryWeight.min, kPrimaryWeight.max, out.counting.primary);
        out.counting.secondary = fields::read_number_or(c, "secondary", cw, kSecondaryWeight.min, kSecondaryWeight.max, out.counting.secondary);
        out.counting.max_hard_rir = fields::read_number_or(c, "maxRir", cw, kHardRir.min, kHardRir.max, out.counting.max_hard_rir);
    }
    if (fields::has(j, "landmarks")) {
        const std::string lw = fields::path(where, "landmarks");
        const json& l = require_object_at(j.at("landmarks"), lw);
        for (auto it = l.begin(); it != l.end(); ++it) {
            const std::string field = fields::path(lw, it.key());
            auto m = exercise::muscle_from_id(it.key());
            if (!m) throw InputError(field, field + ": unknown muscle " + quoted_input(it.key()));
            const std::string place = std::string("Settings, ") + exercise::muscle_name(*m) + " landmarks";
            out.landmarks.set(*m, at_place(field, [&] { return place; }, [&] { return read_landmark(it.value(), field); }));
        }
    }
    if (auto budget = fields::read_optional_number(j, "fatigueBudget", where, kFatigueBudget.min, kFatigueBudget.max)) out.fatigue_budget = budget;
    if (fields::has(j, "model")) {
        const std::string mw = fields::path(where, "model");
        const json& m = require_object_at(j.at("model"), mw);
        fields::reject_unknown_fields(m, mw, shapes::kModel);
        FitnessFatigueParams& p = out.model;
        p.tau1 = fields::read_number_or(m, "tau1", mw, kFadeDays[0].min, kFadeDays[0].max, p.tau1);
        p.tau2 = fields::read_number_or(m, "tau2", mw, kFadeDays[1].min, kFadeDays[1].max, p.tau2);
        p.k1 = fields::read_number_or(m, "k1", mw, kGains[0].min, kGains[0].max, p.k1);
        p.k2 = fields::read_number_or(m, "k2", mw, kGains[1].min, kGains[1].max, p.k2);
        if (p.tau1 <= p.tau2)
            throw InputError(mw + ".tau1", mw + ".tau1 must be longer than the " +
                                               lowercase_first(field_label("tau2")));
    }
}

}  // namespace

PlanSettings read_plan_settings(const json& lifter, const json& settings, const std::string& lifter_path,
                                const std::string& settings_path) {
    PlanSettings out;
    if (!lifter.is_null()) {
        const json& j = require_object_at(lifter, lifter_path);
        fields::reject_unknown_fields(j, lifter_path, shapes::kPlanLifter);
        out.status = read_id(j, "status", lifter_path, policy::LifterStatus::Intermediate, kLifterStatuses,
                             policy::lifter_status_id, policy::lifter_status_from_id);
        out.spotter = fields::read_bool_or(j, "spotter", lifter_path, false);
        out.unit = fields::read_enum_or(j, "unit", lifter_path, {"kg", "lb"}, "kg");
    }
    if (!settings.is_null()) read_settings_object(require_object_at(settings, settings_path), settings_path, out);
    return out;
}

void check_plan_version(const json& doc) {
    if (!doc.is_object() || !fields::has(doc, "version")) return;
    const json& version = doc.at("version");
    if (!version.is_number_integer() && !version.is_number_unsigned())
        throw InputError("version", "version must be a whole number");
    const long long v = version.get<long long>();
    if (v < kOldestPlanVersion || v > kPlanVersion)
        throw InputError("version", "unsupported plan version " + version.dump() + " (this Proximity reads versions " +
                                        std::to_string(kOldestPlanVersion) + " to " + std::to_string(kPlanVersion) + ")");
}

Plan read_plan(const json& original, const exercise::ExerciseLibrary& library) {
    const json doc = migrate_plan(original);
    const json& j = require_object_at(doc, "");
    // A plan from a newer app may have fields this one does not know: the version is
    // checked first, unless there is none (then an unknown field is the likelier slip).
    check_plan_version(j);
    fields::reject_unknown_fields(j, "", shapes::kPlan);
    if (!fields::has(j, "version"))
        throw InputError("version", "version is required (this is not a Proximity plan, or it is from a newer app)");
    Plan plan;
    plan.name = read_name(j, "name", "", false);
    plan.settings = at_place("", [] { return std::string("Settings"); }, [&] {
        return read_plan_settings(j.value("lifter", json()), j.value("settings", json()), "lifter", "settings");
    });
    const json& weeks = read_array(j, "weeks", "", 1, kMaxWeeks);
    int total_sets = 0;
    plan.weeks.reserve(weeks.size());
    for (size_t w = 0; w < weeks.size(); ++w)
        plan.weeks.push_back(read_week(weeks[w], static_cast<int>(w), library, total_sets));
    return plan;
}

}  // namespace proximity::plan
