// What the Progress page says about a real log (issue 18, part 5): the local deload is
// taken from the lifter's typical recent week and says nothing where there is nothing to
// cut; readiness is read against a rolling baseline, not the first logged week; a stall
// after steady progress falls behind the trend's projection; custom exercise names are
// shown in the library's sentence case. Each test fails on the code before the change.
// e1RM by Epley: load x (1 + reps to failure / 30); every set here is 5 @ RIR 2 (x 1.2333).
#include "core/analysis/calendar_day.hpp"
#include "core/analysis/history_analysis.hpp"
#include "core/exercise/display_name.hpp"
#include "core/json/history_reader.hpp"

#include "support/builtins.hpp"

#include <gtest/gtest.h>

namespace proximity::analysis {
namespace {

using nlohmann::json;
using testing::library;
using testing::rules;

const int kMonday = day_number("2024-09-02");

json squat_day(int day, double load, int sets = 1, double rir = 2) {
    json rows = json::array();
    for (int i = 0; i < sets; ++i) rows.push_back({{"load", load}, {"unit", "kg"}, {"reps", 5}, {"rir", rir}});
    return json{{"start", date_text(day) + "T18:00:00"},
                {"exercises", json::array({json{{"exercise", "back-squat"}, {"sets", rows}}})}};
}

HistoryAnalysis analyze(const json& workouts, const std::string& today = "") {
    static std::vector<history::History> kept;  // the analysis points into its history's names
    kept.push_back(history::read_history(json{{"version", 1}, {"workouts", workouts}}, library()));
    AnalysisOptions o;
    o.today = today;
    return analyze_history(kept.back(), library(), rules(), o);
}

const MuscleDeload* deload_of(const FatigueSign& s, exercise::Muscle m) {
    for (const MuscleDeload& d : s.deload)
        if (d.muscle == m) return &d;
    return nullptr;
}

// Three weeks of squats (Mon/Wed/Fri, 2 sets each: 6 a week), a week off, then two bad
// sessions. Before: the deload came from the week before the drop, the week off: "Quads:
// 0 -> 0 hard sets a week". Now: the typical recent week, 6 -> 3.
TEST(AnalysisScreens, TheLocalDeloadIsTakenFromTheTypicalRecentWeek) {
    json w = json::array();
    const double loads[] = {100, 101, 100, 101, 100, 101, 100, 101, 100};
    for (int week = 0, i = 0; week < 3; ++week)
        for (int d : {0, 2, 4}) w.push_back(squat_day(kMonday + 7 * week + d, loads[i++], 2));
    w.push_back(squat_day(kMonday + 28, 92, 2));
    w.push_back(squat_day(kMonday + 30, 92, 2));
    const HistoryAnalysis a = analyze(w);
    ASSERT_EQ(a.signs.size(), 1u);
    const MuscleDeload* quads = deload_of(a.signs[0], exercise::Muscle::Quads);
    ASSERT_NE(quads, nullptr);
    EXPECT_DOUBLE_EQ(quads->hard_sets, 6);
    EXPECT_DOUBLE_EQ(quads->deload_sets, 3);
    EXPECT_NE(sign_advice(a.signs[0], units::Unit::Kg).find("about half the sets for quads"), std::string::npos);
}

// One squat set a week: half of one set is still one set, so there is nothing to cut.
// Before: "Quads: 1 -> 1 hard sets a week" and "do about half the sets".
TEST(AnalysisScreens, NoDeloadLineWhereThereIsNothingToCut) {
    json w = json::array();
    const double loads[] = {100, 101, 100, 101, 92, 92};
    for (int i = 0; i < 6; ++i) w.push_back(squat_day(kMonday + 7 * i, loads[i]));
    const HistoryAnalysis a = analyze(w);
    ASSERT_EQ(a.signs.size(), 1u);
    EXPECT_TRUE(a.signs[0].deload.empty());
    const std::string advice = sign_advice(a.signs[0], units::Unit::Kg);
    EXPECT_EQ(advice.find("half"), std::string::npos) << advice;
    EXPECT_NE(advice.find("none to failure"), std::string::npos) << advice;
}

// 100, 102, ... 108 kg, then 108 three times: the lifter was adding 2 kg a session and
// stalled. Before: the flat mean of the last four (106.5) never flagged it. Now the trend
// line projects 110, 112, 114 kg for the three stalled sessions (band 2.5%): the last two
// are well behind it.
TEST(AnalysisScreens, AStallAfterSteadyProgressFallsBehindTheTrend) {
    json w = json::array();
    const double loads[] = {100, 102, 104, 106, 108, 108, 108, 108};
    for (int i = 0; i < 8; ++i) w.push_back(squat_day(kMonday + 2 * i + (i >= 3 ? 1 : 0), loads[i]));
    const HistoryAnalysis a = analyze(w);
    ASSERT_EQ(a.signs.size(), 1u);
    const FatigueSign& s = a.signs[0];
    ASSERT_EQ(s.points.size(), 3u);  // the three stalled sessions
    const double k = 1 + 7 / 30.0;
    EXPECT_NEAR(s.points[0].expected, 110 * k, 1e-9);
    EXPECT_NEAR(s.points[1].expected, 112 * k, 1e-9);
    EXPECT_NEAR(s.points[2].expected, 114 * k, 1e-9);
    EXPECT_NEAR(s.points[2].band, 0.025 * 110 * k, 1e-9);

    // Progress that goes on, and a single stalled session, are not signs.
    EXPECT_TRUE(analyze(json::array({squat_day(kMonday, 100), squat_day(kMonday + 2, 102), squat_day(kMonday + 4, 104),
                                     squat_day(kMonday + 7, 106), squat_day(kMonday + 9, 108), squat_day(kMonday + 11, 110)}))
                    .signs.empty());
    EXPECT_TRUE(analyze(json::array({squat_day(kMonday, 100), squat_day(kMonday + 2, 102), squat_day(kMonday + 4, 104),
                                     squat_day(kMonday + 7, 106), squat_day(kMonday + 9, 108), squat_day(kMonday + 11, 108)}))
                    .signs.empty());
    // A falling trend is not carried forward: sessions still falling are below where it was.
    const HistoryAnalysis falling = analyze(json::array({squat_day(kMonday, 110), squat_day(kMonday + 2, 108),
                                                         squat_day(kMonday + 4, 106), squat_day(kMonday + 7, 104),
                                                         squat_day(kMonday + 9, 100), squat_day(kMonday + 11, 100)}));
    ASSERT_EQ(falling.signs.size(), 1u);
    EXPECT_NEAR(falling.signs[0].points[0].expected, 107 * k, 1e-9);
}

// A week of 1 set, then 20 weeks of 6 sets every Monday. Before: readiness against the
// first week read +35 % on the last Wednesday, after months of the same week.
// Now: against the same weekday over the previous 4 weeks it reads 0 when this week is
// like those, and below 0 when this week tires more.
TEST(AnalysisScreens, ReadinessIsAgainstTheLastFourWeeksNotTheFirstLoggedWeek) {
    json w = json::array({squat_day(kMonday, 100, 1)});
    for (int week = 1; week <= 20; ++week) w.push_back(squat_day(kMonday + 7 * week, 100, 6));
    const std::string wednesday = date_text(kMonday + 7 * 20 + 2);
    const HistoryAnalysis usual = analyze(w, wednesday);
    EXPECT_NEAR(usual.readiness.today.value, 0, 3);  // fitness still creeps up a little
    ASSERT_EQ(usual.readiness.logged.size(), 21u);
    // Once the new week is the habit (4 weeks on), every Monday reads within a range a
    // lifter can read, above the usual while fitness builds on the bigger week (the model's
    // 42-day fitness), falling back towards it: 23.5, 31.9, 27.7 ... 5.0 % in weeks 5-15.
    for (size_t i = 5; i < usual.readiness.logged.size(); ++i)
        EXPECT_LT(std::abs(usual.readiness.logged[i].value), 35) << date_text(usual.readiness.logged[i].day);
    EXPECT_LT(std::abs(usual.readiness.logged.back().value), 3);

    // The same 20 weeks, the last Monday's 6 sets to failure: Wednesday is below the usual.
    w.back() = squat_day(kMonday + 7 * 20, 100, 6, 0);
    const HistoryAnalysis harder = analyze(w, wednesday);
    EXPECT_LT(harder.readiness.today.value, -10);
    EXPECT_GT(harder.readiness.today.value, -100);
    // The baseline is the mean readiness of the previous 4 Wednesdays.
    EXPECT_NEAR(harder.readiness.today.baseline, usual.readiness.today.baseline, 1e-9);
}

TEST(AnalysisScreens, ImportedNamesAreShownInTheLibrarysStyle) {
    EXPECT_EQ(exercise::sentence_case_name("Bottom-Half Seated Cable Flye"), "Bottom-half seated cable flye");
    EXPECT_EQ(exercise::sentence_case_name("Hip Abduction (Machine)"), "Hip abduction (machine)");
    EXPECT_EQ(exercise::sentence_case_name("T-Bar Row"), "T-bar row");
    EXPECT_EQ(exercise::sentence_case_name("Preacher Curl (EZ Bar)"), "Preacher curl (EZ bar)");
    EXPECT_EQ(exercise::sentence_case_name("McGill Curl-Up"), "McGill curl-up");
    EXPECT_EQ(exercise::sentence_case_name("BENCH PRESS (DUMBBELL)"), "Bench press (dumbbell)");
    EXPECT_EQ(exercise::sentence_case_name("hip thrust"), "Hip thrust");
    EXPECT_EQ(exercise::sentence_case_name("Développé Couché"), "Développé couché");

    // Through the analysis: the custom exercise is shown as "Bottom-half seated cable
    // flye" and keeps its name as imported; a library exercise shows the library's name.
    const json doc = {
        {"version", 1},
        {"customExercises", json::array({{{"id", "custom-bottom-half-seated-cable-flye"},
                                          {"name", "Bottom-Half Seated Cable Flye"},
                                          {"class", "isolation"},
                                          {"equipment", "cable"}}})},
        {"workouts", json::array({json{{"start", "2024-09-02T18:00:00"},
                                       {"exercises", json::array({json{{"exercise", "custom-bottom-half-seated-cable-flye"},
                                                                       {"name", "Bottom-Half Seated Cable Flye"},
                                                                       {"sets", json::array({{{"load", 20}, {"unit", "kg"}, {"reps", 12}}})}},
                                                                  json{{"exercise", "hip-abduction"},
                                                                       {"name", "Hip Abduction (Machine)"},
                                                                       {"sets", json::array({{{"load", 40}, {"unit", "kg"}, {"reps", 12}}})}}})}}})}};
    static const history::History h = history::read_history(doc, library());
    const HistoryAnalysis a = analyze_history(h, library(), rules(), {});
    ASSERT_EQ(a.trends.size(), 2u);
    for (const ExerciseTrend& t : a.trends) {
        if (t.info->library) {
            EXPECT_EQ(t.name, t.info->library->name);
            EXPECT_EQ(t.logged_name, "Hip Abduction (Machine)");
        } else {
            EXPECT_EQ(t.name, "Bottom-half seated cable flye");
            EXPECT_EQ(t.logged_name, "Bottom-Half Seated Cable Flye");
        }
    }
}

}  // namespace
}  // namespace proximity::analysis
