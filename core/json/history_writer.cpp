#include "core/json/history_writer.hpp"

#include <cmath>

namespace proximity::history {

using nlohmann::json;

namespace {

// A whole number as a JSON integer ("60", not "60.0"): shorter, and faster to write.
json number(double v) {
    if (v == std::floor(v) && std::fabs(v) < 1e15) return json(static_cast<long long>(v));
    return json(v);
}

json set_json(const LoggedSet& s) {
    json j;
    j["load"] = number(s.load);
    j["unit"] = units::unit_name(s.unit);
    j["reps"] = s.reps;
    if (s.effort.kind == EffortKind::Rir) j["rir"] = number(s.effort.value);
    if (s.effort.kind == EffortKind::Rpe) j["rpe"] = number(s.effort.value);
    j["type"] = set_type_id(s.type);
    j["failure"] = s.failure;
    if (s.failure_reps) j["failureReps"] = *s.failure_reps;
    if (s.seconds) j["seconds"] = number(*s.seconds);
    if (s.distance) j["distance"] = number(*s.distance);
    if (!s.time.empty()) j["time"] = s.time;
    if (!s.note.empty()) j["note"] = s.note;
    return j;
}

json exercise_json(const LoggedExercise& x) {
    json j;
    j["exercise"] = x.exercise;
    j["name"] = x.name;
    if (!x.note.empty()) j["note"] = x.note;
    if (x.superset) j["superset"] = *x.superset;
    json sets = json::array();
    for (const LoggedSet& s : x.sets) sets.push_back(set_json(s));
    j["sets"] = std::move(sets);
    return j;
}

json workout_json(const Workout& w) {
    json j;
    j["start"] = w.start;
    j["name"] = w.name;
    j["source"] = source_id(w.source);
    if (w.duration) j["duration"] = *w.duration;
    if (!w.note.empty()) j["note"] = w.note;
    if (w.plan) {
        j["plan"]["week"] = w.plan->week;
        j["plan"]["session"] = w.plan->session;
    }
    json exercises = json::array();
    for (const LoggedExercise& x : w.exercises) exercises.push_back(exercise_json(x));
    j["exercises"] = std::move(exercises);
    return j;
}

}  // namespace

json workout_to_json(const Workout& w) { return workout_json(w); }

json history_to_json(const History& h) {
    json j = history_without_workouts_json(h);
    json workouts = json::array();
    for (const Workout& w : h.workouts) workouts.push_back(workout_json(w));
    j["workouts"] = std::move(workouts);
    return j;
}

json history_without_workouts_json(const History& h) {
    json j;
    j["version"] = kHistoryVersion;
    json customs = json::array();
    for (const CustomExercise& c : h.custom_exercises) {
        json e;
        e["id"] = c.id;
        e["name"] = c.name;
        e["class"] = exercise::movement_class_id(c.movement_class);
        e["equipment"] = exercise::equipment_id(c.equipment);
        e["verified"] = c.verified;
        customs.push_back(std::move(e));
    }
    j["customExercises"] = std::move(customs);
    json mapping = json::array();
    for (const NameMapping& m : h.mapping) {
        json e;
        e["name"] = m.name;
        e["exercise"] = m.exercise;
        mapping.push_back(std::move(e));
    }
    j["mapping"] = std::move(mapping);
    return j;
}

}  // namespace proximity::history
