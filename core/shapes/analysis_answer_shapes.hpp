#pragma once
// The shapes inside the history analysis' answers: px.analyzeHistory's (core/json/analysis_json.cpp
// writes them: each exercise's trend, the weeks, failure sets, the RIR calibration, fatigue signs,
// readiness, the next loads and planned against done) and px.nextWeekVolume's muscles
// (core/json/feedback_json.cpp). Loads and e1RMs are in the answer's unit; dates are YYYY-MM-DD.
#include "core/shapes/field.hpp"
#include "core/shapes/history_shapes.hpp"
#include "core/shapes/load_answer_shapes.hpp"
#include "core/shapes/plan_shapes.hpp"

namespace proximity::shapes {

// exercises[]: each exercise's e1RM trend, best and records.
inline constexpr Field kAnalysedSessionFields[] = {
    {"date", T::String, true, "the workout's day"},
    {"e1rm", T::Number, false, "the best e1RM of its working sets (null when no working set had a load)"},
    {"low", T::Number, false, "the e1RM's low end, as far as the RIR call may be off (null without an e1RM)"},
    {"high", T::Number, false, "the e1RM's high end, as far as the RIR call may be off (null without an e1RM)"},
    {"lowerBound", T::Boolean, true, "the best set had no effort logged: its e1RM is at least this"},
    {"failureSets", T::Integer, true, "sets of it taken to failure that day"},
    {"hardSets", T::Integer, true, "hard sets of it that day"}};
inline constexpr Shape kAnalysedSession{"AnalysedSession", "One day an exercise was trained: its best e1RM and band.",
                                        kAnalysedSessionFields};

inline constexpr Field kBestE1rmFields[] = {{"e1rm", T::Number, true, "the best session's e1RM"},
                                            {"date", T::String, true, "that session's day"}};
inline constexpr Shape kBestE1rm{"BestE1rm", "An exercise's best e1RM and the day of it.", kBestE1rmFields};

inline constexpr Field kExerciseRecordFields[] = {
    {"type", T::String, true,
     "e1rm (a session's e1RM beat every earlier one), reps (the most load at a rep count) or repsAtLoad (more reps "
     "to failure than ever at a load)"},
    {"date", T::String, true, "the day it was set"},
    {"load", T::Number, true, "the set's load"},
    {"reps", T::Integer, true, "the set's reps"},
    {"e1rm", T::Number, false, "an e1rm record: the e1RM"},
    {"previous", T::Number, false,
     "an e1rm record: the earlier record's e1RM (null for the first); repsAtLoad: the earlier best reps at that "
     "load"}};
inline constexpr Shape kExerciseRecord{"ExerciseRecord", "A personal record of one exercise.", kExerciseRecordFields};

inline constexpr Field kAnalysedExerciseFields[] = {
    {"exercise", T::String, true, "the exercise's id (the library's or a custom exercise's)"},
    {"name", T::String, true, "its name as shown: the library's, or the custom name"},
    {"loggedName", T::String, true, "the latest name it was logged or imported under"},
    {"sessionCount", T::Integer, true, "the days it was trained, over the whole history"},
    {"sessions", T::Array, true, "each day it was trained, from the first date asked (empty: another exercise asked)",
     nullptr, nullptr, "object", &kAnalysedSession},
    {"best", T::Object, false, "its best e1RM (null when no set had a load)", nullptr, nullptr, nullptr, &kBestE1rm},
    {"trend", T::Number, false,
     "the e1RM the next loads are set from: the mean of the last (up to) three sessions' (null without one)"},
    {"records", T::Array, true, "its personal records, from the first date asked (empty: another exercise asked)",
     nullptr, nullptr, "object", &kExerciseRecord}};
inline constexpr Shape kAnalysedExercise{"AnalysedExercise", "One exercise of the history: its e1RM trend and records.",
                                         kAnalysedExerciseFields};

// weeks[]: hard and failure sets, week by week.
inline constexpr Field kWeekSetsFields[] = {
    {"start", T::String, true, "the week's Monday"},
    {"hardSets", T::Object, true,
     "muscle -> its hard sets (1 a set for a primary muscle, 0.5 for a secondary; above 0 only)", nullptr, nullptr,
     "number"},
    {"failureSets", T::Object, true,
     "total: sets taken to failure, any exercise; muscle -> those of its primary muscle (above 0 only)", nullptr,
     nullptr, "number"},
    {"hardSetCount", T::Integer, true, "hard sets of any exercise, custom ones included"},
    {"failureShare", T::Number, false, "failure sets as a share of hard sets, 0 to 1 (null without hard sets)"},
    {"advisedAgainst", T::Integer, true, "failure sets the failure policy would have advised against"},
    {"failureByExercise", T::Object, true, "exercise id -> its sets taken to failure", nullptr, nullptr, "number"},
    {"volume", T::Object, true,
     "muscle -> its hard sets against its landmarks: under, productive, high or excessive (above 0 only)", nullptr,
     nullptr, "string"}};
inline constexpr Shape kWeekSets{"WeekSets", "One week of the history (Monday to Sunday): its hard and failure sets.",
                                 kWeekSetsFields};

// failure: sets to failure, and those advised against.
inline constexpr Field kFailureReasonFields[] = {
    {"rule", T::String, false, "the failure policy rule's id (null: none named)"},
    {"title", T::String, false, "the rule's title (null: none named)"},
    {"sets", T::Integer, true, "failure sets it advised against"}};
inline constexpr Shape kFailureReason{"FailureReason", "A rule that advised against failure sets, and how many.",
                                      kFailureReasonFields};

inline constexpr Field kAdvisedAgainstSetFields[] = {
    {"date", T::String, true, "the workout's day"},
    {"exercise", T::String, true, "the exercise's id"},
    {"set", T::Integer, true, "the set's number in the exercise, from 1"},
    {"verdict", T::String, true, "what the policy advises: failure, near-failure, stop-short or no-failure"},
    {"rule", T::String, false, "the rule's id (null: none named)"},
    {"title", T::String, false, "the rule's title (null: none named)"}};
inline constexpr Shape kAdvisedAgainstSet{"AdvisedAgainstSet",
                                          "A set taken to failure that the failure policy would have advised against.",
                                          kAdvisedAgainstSetFields};

inline constexpr Field kFailureSummaryFields[] = {
    {"sets", T::Integer, true, "sets taken to failure, over the whole history"},
    {"hardSets", T::Integer, true, "hard sets, over the whole history"},
    {"share", T::Number, false, "failure sets as a share of hard sets, 0 to 1 (null without hard sets)"},
    {"advisedAgainst", T::Integer, true, "failure sets the policy would have advised against, over the whole history"},
    {"reasons", T::Array, true, "each rule behind them, with its count", nullptr, nullptr, "object", &kFailureReason},
    {"advisedAgainstSets", T::Array, true,
     "those sets from the first date asked (with an exercise asked: that exercise's only)", nullptr, nullptr, "object",
     &kAdvisedAgainstSet}};
inline constexpr Shape kFailureSummary{"FailureSummary", "The sets taken to failure, and those advised against.",
                                       kFailureSummaryFields};

// calibration: how far the lifter's RIR calls miss, learnt from the log.
inline constexpr Field kClassCalibrationFields[] = {
    {"class", T::String, true, "the movement class: compound or isolationMachine"},
    {"bias", T::Number, true, "how far its calls miss, reps (+: more in reserve than called)"},
    {"applied", T::Number, true, "the correction the numbers apply, reps (0 without the lifter's own evidence)"},
    {"spread", T::Number, true, "how far each call scatters around the bias, reps"},
    {"tests", T::Integer, true, "failure tests of it in the log"},
    {"inferred", T::Integer, true, "inferences of it: a set followed by one to failure at the same load"},
    {"lastTest", T::String, false, "the day of its latest observation (null: none)"},
    {"stale", T::Boolean, true, "its latest observation is over four months old"},
    {"uncertain", T::Boolean, true, "too few tests, or too wide a spread, to trust it"},
    {"needsTest", T::Boolean, true, "a failure test is due"},
    {"basis", T::String, true, "what it rests on: prior (the published average), saved (the saved calibration) or log"},
    {"words", T::String, true, "what is known of its calls, in words"}};
inline constexpr Shape kClassCalibration{"ClassCalibration", "How far the calls of one movement class miss.",
                                         kClassCalibrationFields};

inline constexpr Field kBacktestErrorFields[] = {
    {"mae", T::Number, false, "the mean absolute miss, reps (null without a test)"},
    {"low", T::Number, false, "its 95% interval's low end, reps (null below two tests)"},
    {"high", T::Number, false, "its 95% interval's high end, reps (null below two tests)"},
    {"n", T::Integer, true, "failure tests scored"}};
inline constexpr Shape kBacktestError{"BacktestError", "How far the failure tests' calls missed.",
                                      kBacktestErrorFields};

inline constexpr Field kCalibrationBacktestFields[] = {
    {"raw", T::Object, true, "the calls as made", nullptr, nullptr, nullptr, &kBacktestError},
    {"calibrated", T::Object, true, "the calls corrected by what the earlier days taught", nullptr, nullptr, nullptr,
     &kBacktestError},
    {"inferredUnscored", T::Integer, true, "inferences left unscored (their truth is the model's own rule)"},
    {"words", T::String, true, "the backtest in words"}};
inline constexpr Shape kCalibrationBacktest{
    "CalibrationBacktest", "Each failure test predicted from the days before it: with and without the calibration.",
    kCalibrationBacktestFields};

inline constexpr Field kCalibrationTrendPointFields[] = {
    {"date", T::String, true, "the observation's day"},
    {"error", T::Number, true, "its miss, reps: really in reserve minus called"},
    {"bias", T::Number, true, "the lifter's overall bias with it and every earlier one, reps"},
    {"spread", T::Number, true, "the overall spread then, reps"}};
inline constexpr Shape kCalibrationTrendPoint{"CalibrationTrendPoint",
                                              "The lifter's calibration after one more observed call.",
                                              kCalibrationTrendPointFields};

inline constexpr Field kLoggedCalibrationFields[] = {
    {"bias", T::Number, true, "the correction every number applies, reps (+: more in reserve than called; 0 without "
                              "the lifter's own evidence)"},
    {"spread", T::Number, false, "how far each call scatters around it, reps (null below two observations)"},
    {"sets", T::Integer, true, "observations behind it: failure tests and inferences"},
    {"fromHistory", T::Integer, true, "observed calls in the log"},
    {"misjudgement", T::Number, true, "the e1RM and load bands' +/- reps"},
    {"basis", T::String, true, "what the band rests on: given, calibration or experience"},
    {"bandWords", T::String, true, "the band in words"},
    {"prior", T::Object, true, "the published average the calls are pulled towards", nullptr, nullptr, nullptr,
     &kCallPrior},
    {"classes", T::Array, true, "each movement class's calibration", nullptr, nullptr, "object", &kClassCalibration},
    {"backtest", T::Object, true, "how well the calibration predicts the failure tests", nullptr, nullptr, nullptr,
     &kCalibrationBacktest},
    {"trend", T::Array, true,
     "the calibration after each observation from the first date asked (empty for the first look, exercise \"\")",
     nullptr, nullptr, "object", &kCalibrationTrendPoint}};
inline constexpr Shape kLoggedCalibration{"LoggedCalibration", "The RIR calibration the log gives.",
                                          kLoggedCalibrationFields};

// fatigue: the signs the history shows now, each with a local deload.
inline constexpr Field kDropSessionFields[] = {
    {"date", T::String, true, "the session's day"},
    {"exercise", T::String, true, "its exercise's id"},
    {"e1rm", T::Number, true, "its e1RM"},
    {"expected", T::Number, true, "the e1RM its exercise's trend expected"}};
inline constexpr Shape kDropSession{"DropSession", "A session below its exercise's trend.", kDropSessionFields};

inline constexpr Field kMuscleDeloadFields[] = {
    {"muscle", T::String, true, "the muscle's id"},
    {"hardSets", T::Number, true, "its hard sets in the lifter's recent typical week"},
    {"deloadSets", T::Number, true, "its hard sets for the deload week"}};
inline constexpr Shape kMuscleDeload{"MuscleDeload", "One muscle's sets for a deload week.", kMuscleDeloadFields};

inline constexpr Field kLocalDeloadFields[] = {
    {"muscles", T::Array, true, "the muscles with sets to cut (none: only stay off failure)", nullptr, nullptr,
     "object", &kMuscleDeload},
    {"compoundRir", T::Number, true, "the reps in reserve of compound sets that week"},
    {"isolationRir", T::Number, true, "the reps in reserve of isolation sets that week"},
    {"weeks", T::Integer, true, "how many weeks it lasts"}};
inline constexpr Shape kLocalDeload{"LocalDeload", "A lighter week for the muscles a fatigue sign names.",
                                    kLocalDeloadFields};

inline constexpr Field kPerformanceDropFields[] = {
    {"sign", T::String, true, "the sign: performanceDrop", "fatigueSign"},
    {"across", T::Boolean, true, "a drop across a muscle's exercises (else one exercise's own)"},
    {"exercise", T::String, true, "the latest dropping session's exercise id"},
    {"name", T::String, true, "that exercise's name as shown"},
    {"exercises", T::Array, true, "the exercises whose sessions dropped, ids", nullptr, nullptr, "string"},
    {"muscles", T::Array, true, "the muscles it names, ids", nullptr, nullptr, "string"},
    {"since", T::String, true, "the first dropping session's day"},
    {"expected", T::Number, true, "the largest drop's session: the e1RM its trend expected"},
    {"band", T::Number, true, "the trend's noise band there (an e1RM below expected minus band is a drop)"},
    {"worst", T::Number, true, "the largest drop's session: its e1RM"},
    {"dropPercent", T::Number, true, "the largest drop, percent of the expected e1RM"},
    {"sessions", T::Array, true, "the sessions below their trend, in date order", nullptr, nullptr, "object",
     &kDropSession},
    {"deload", T::Object, true, "the local deload it calls for", nullptr, nullptr, nullptr, &kLocalDeload},
    {"advice", T::String, true, "what to do, in words"}};
inline constexpr Shape kPerformanceDrop{"PerformanceDrop", "A fatigue sign the history shows: performance dropping.",
                                        kPerformanceDropFields};

inline constexpr Field kFatigueSummaryFields[] = {
    {"signs", T::Array, true, "the signs the history shows now (empty: none)", nullptr, nullptr, "object",
     &kPerformanceDrop}};
inline constexpr Shape kFatigueSummary{"FatigueSummary", "The fatigue signs the history shows now.",
                                       kFatigueSummaryFields};

// readiness, projection and today: the fitness-fatigue model run over the log.
#define PROXIMITY_READINESS_DAY_FIELDS                                                                               \
    Field{"date", T::String, true, "the day (its morning, before that day's training)"},                            \
        Field{"value", T::Number, true,                                                                              \
              "readiness against the usual, percent: 0 = as fresh as on this weekday of the previous 4 weeks, "     \
              "below 0 = more tired"}
inline constexpr Field kReadinessDayFields[] = {PROXIMITY_READINESS_DAY_FIELDS};
inline constexpr Shape kReadinessDay{"ReadinessDay", "Readiness on one day, against the lifter's usual.",
                                     kReadinessDayFields};
inline constexpr Field kReadinessTodayFields[] = {
    PROXIMITY_READINESS_DAY_FIELDS,
    Field{"readiness", T::Number, true, "fitness minus fatigue, the model's own units"},
    Field{"baseline", T::Number, true,
          "the mean readiness on this weekday over the previous 4 weeks, the model's units"},
    Field{"fitness", T::Number, true, "the model's fitness, its own units"},
    Field{"fatigue", T::Number, true, "the model's fatigue, its own units"}};
inline constexpr Shape kReadinessToday{"ReadinessToday", "Readiness today, with the model's numbers behind it.",
                                       kReadinessTodayFields};
#undef PROXIMITY_READINESS_DAY_FIELDS

// next: the next planned session's loads.
inline constexpr Field kNextLoadFields[] = {
    {"exercise", T::String, true, "the exercise's id"},
    {"reps", T::Integer, true, "the first working set's target reps"},
    {"rir", T::Number, true, "its target reps in reserve (0: failure)"},
    {"e1rm", T::Number, false, "the e1RM trend it is loaded from (null without one)"},
    {"target", T::Number, false, "the load before rounding (null without one)"},
    {"load", T::Number, false,
     "the load rounded to the equipment; a bodyweight exercise: body weight included (null without one)"},
    {"loadText", T::String, false, "the load as the lifter loads it, such as 100 kg or body weight + 10 kg"},
    {"lastLoad", T::Number, false, "the last session's top load (null: none)"},
    {"basis", T::String, true,
     "where the load comes from: trend, stepUp (the last session beat the target), missed, planned or noHistory"},
    {"reason", T::String, true, "why this load, in words"}};
inline constexpr Shape kNextLoad{"NextLoad", "The load of one exercise of the next planned session.", kNextLoadFields};

// planned: planned against done.
inline constexpr Field kPlannedExerciseSetsFields[] = {
    {"exercise", T::String, true, "the exercise's id"},
    {"planned", T::Integer, true, "its hard sets planned"},
    {"actual", T::Integer, true, "its hard sets logged"}};
inline constexpr Shape kPlannedExerciseSets{"PlannedExerciseSets", "One exercise's hard sets: planned and logged.",
                                            kPlannedExerciseSetsFields};

inline constexpr Field kPlannedAgainstDoneFields[] = {
    {"date", T::String, true, "the workout's day"},
    {"week", T::Integer, true, "the plan's week it carried out, from 0"},
    {"session", T::Integer, true, "the week's session, from 0"},
    {"plannedHardSets", T::Integer, true, "hard sets the session planned"},
    {"actualHardSets", T::Integer, true, "hard sets logged"},
    {"exercises", T::Array, true, "the plan's exercises, then any extra logged", nullptr, nullptr, "object",
     &kPlannedExerciseSets}};
inline constexpr Shape kPlannedAgainstDone{"PlannedAgainstDone", "A workout that carried out a planned session.",
                                           kPlannedAgainstDoneFields};

// px.nextWeekVolume's muscles.
inline constexpr Field kNextWeekMuscleFields[] = {
    {"muscle", T::String, true, "the muscle's id"},
    {"name", T::String, true, "its name"},
    {"thisWeek", T::Number, true, "the hard sets the step starts from, to a tenth"},
    {"nextWeek", T::Number, true, "next week's hard sets (whole, unless a landmark is not)"},
    {"change", T::Number, true, "next week's hard sets minus this week's rounded"},
    {"action", T::String, true, "deload, reduce, hold or add"},
    {"landmark", T::Object, true, "the muscle's volume landmarks the step keeps to", nullptr, nullptr, nullptr,
     &kLandmark},
    {"reason", T::String, true, "why, in words"}};
inline constexpr Shape kNextWeekMuscle{"NextWeekMuscle", "One muscle's hard sets for next week, from the answers.",
                                       kNextWeekMuscleFields};

}  // namespace proximity::shapes
