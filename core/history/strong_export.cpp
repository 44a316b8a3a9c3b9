#include "core/history/strong_export.hpp"

#include "core/common/number_text.hpp"

namespace proximity::history {

namespace {

constexpr size_t kColumns = 14;

void quoted(std::string& out, const std::string& field) {
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void row(std::string& out, const std::string (&fields)[kColumns]) {
    for (size_t i = 0; i < kColumns; ++i) {
        if (i) out += ';';
        quoted(out, fields[i]);
    }
    out += '\n';
}

std::string set_order(const LoggedSet& s, int& working) {
    if (s.type == SetType::Warmup) return "W";
    if (s.type == SetType::Drop) return "D";
    if (s.failure || s.type == SetType::Failure) return "F";
    return std::to_string(++working);
}

std::string rpe_text(const LoggedSet& s) {
    if (s.effort.kind == EffortKind::Rpe) return number_text(s.effort.value, 1);
    if (s.effort.kind == EffortKind::Rir) return number_text(10 - s.effort.value, 1);
    return "";
}

}  // namespace

std::string strong_csv_text(const History& h, units::Unit unit) {
    std::string out;
    const std::string header[] = {"Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name",
                                  "Set Order", unit == units::Unit::Kg ? "Weight (kg)" : "Weight (lbs)", "Reps",
                                  "RPE", "Distance (meters)", "Seconds", "Notes", "Workout Notes", kSupersetColumn};
    row(out, header);
    int number = 0;
    for (const Workout& w : h.workouts) {
        ++number;
        const std::string date = w.start.substr(0, 10) + " " + w.start.substr(11);
        for (const LoggedExercise& x : w.exercises) {
            const std::string name = x.name.empty() ? x.exercise : x.name;
            const std::string superset = x.superset ? std::to_string(*x.superset) : "";
            const std::string workout = std::to_string(number), duration = w.duration ? std::to_string(*w.duration) : "";
            if (!x.note.empty())
                row(out, {workout, date, w.name, duration, name, "Note", "", "", "", "", "", x.note, w.note, superset});
            int working = 0;
            for (const LoggedSet& s : x.sets) {
                const double load = units::convert(s.load, s.unit, unit);
                row(out, {workout,
                                              date,
                                              w.name,
                                              duration,
                                              name,
                                              set_order(s, working),
                                              s.load > 0 || s.reps > 0 ? number_text(load, 3) : "",
                                              s.reps > 0 ? std::to_string(s.reps) : "",
                                              rpe_text(s),
                                              s.distance ? number_text(*s.distance, 3) : "",
                                              s.seconds ? number_text(*s.seconds, 3) : "",
                                              s.note,
                                              w.note,
                                              superset});
            }
        }
    }
    return out;
}

}  // namespace proximity::history
