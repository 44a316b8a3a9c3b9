// px.describe(): the schema pages read labels, option lists and limits from. Checked
// against the domain's own answers, so a label or limit changed in the core shows here.
#include "core/api/engine.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace proximity::api {
namespace {

using nlohmann::json;

json describe_result() {
    Engine e;
    const json out = json::parse(e.call("describe", "{}"));
    EXPECT_TRUE(out.at("ok").get<bool>()) << out.dump();
    return out.at("result");
}

const json& find_value(const json& list, const std::string& value) {
    for (const auto& item : list)
        if (item.at("value") == value) return item;
    static const json none;
    ADD_FAILURE() << "no value " << value;
    return none;
}

TEST(Describe, FormulaLabelsAreTheAuthorsAndEveryFormulaIsAccepted) {
    const json d = describe_result();
    const json& formulas = d.at("enums").at("formula");
    ASSERT_EQ(formulas.size(), 8u);
    EXPECT_EQ(find_value(formulas, "mayhew").at("label"), "Mayhew et al.");
    EXPECT_EQ(find_value(formulas, "mayhew").at("short"), "Mayhew");
    EXPECT_EQ(find_value(formulas, "oconner").at("label"), "O'Conner et al.");
    EXPECT_EQ(find_value(formulas, "oconner").at("short"), "O'Conner");
    EXPECT_EQ(find_value(formulas, "epley").at("short"), "Epley");
    EXPECT_EQ(find_value(formulas, "rpeChart").at("label"), "RPE chart");
    Engine e;
    for (const auto& f : formulas) {
        const json in = {{"load", 100}, {"reps", 5}, {"rir", 1}, {"formula", f.at("value")}};
        const json out = json::parse(e.call("estimateOneRepMax", in.dump()));
        EXPECT_TRUE(out.at("ok").get<bool>()) << f.dump();
        EXPECT_EQ(out.at("result").at("formula"), f.at("value"));
    }
}

TEST(Describe, EnumsListTheValuesTheReadersTake) {
    const json enums = describe_result().at("enums");
    const auto values = [&](const char* name) {
        std::vector<std::string> out;
        for (const auto& v : enums.at(name)) out.push_back(v.at("value"));
        return out;
    };
    EXPECT_EQ(values("safety"), (std::vector<std::string>{"none", "spotter", "pins"}));
    EXPECT_EQ(values("phase"), (std::vector<std::string>{"normal", "high-volume", "deload", "failure-block"}));
    EXPECT_EQ(values("status"), (std::vector<std::string>{"beginner", "intermediate", "advanced"}));
    EXPECT_EQ(values("experience"), (std::vector<std::string>{"beginner", "intermediate", "advanced"}));
    EXPECT_EQ(values("effortKind"), (std::vector<std::string>{"rir", "rpe"}));
    EXPECT_EQ(values("unit"), (std::vector<std::string>{"kg", "lb"}));
    EXPECT_EQ(find_value(enums.at("safety"), "pins").at("label"), "Safety pins or arms");
    EXPECT_EQ(find_value(enums.at("phase"), "high-volume").at("label"), "High volume");
}

TEST(Describe, LimitsAreTheOnesTheReadersEnforce) {
    const json limits = describe_result().at("limits");
    EXPECT_EQ(limits.at("reps").at("max"), 30);
    EXPECT_EQ(limits.at("plannedReps").at("max"), 50);
    EXPECT_EQ(limits.at("reliableRepsToFailure").at("max"), 10);  // the load table's "rough" cells start past it
    EXPECT_EQ(limits.at("rir").at("step"), 0.5);
    EXPECT_FALSE(limits.at("reps").at("reason").get<std::string>().empty());
    Engine e;
    const int max_reps = limits.at("reps").at("max");
    const auto one_rep_max = [&](int reps) {
        return json::parse(e.call("estimateOneRepMax", json{{"load", 50}, {"reps", reps}, {"rir", 0}}.dump()));
    };
    EXPECT_TRUE(one_rep_max(max_reps).at("ok").get<bool>());
    EXPECT_EQ(one_rep_max(max_reps + 1).at("error").at("field"), "reps");
    const int planned = limits.at("plannedReps").at("max");
    const auto advise = [&](int reps) {
        return json::parse(e.call("adviseSet", json{{"exercise", "back-squat"}, {"set", {{"reps", reps}}}}.dump()));
    };
    EXPECT_TRUE(advise(planned).at("ok").get<bool>()) << advise(planned).dump();
    EXPECT_EQ(advise(planned + 1).at("error").at("field"), "set.reps");
}

// The advisor's inputs: each described limit is the range px.adviseSet reads the field in,
// at both ends, and one step past either end is refused naming the field.
TEST(Describe, TheAdvisorsLimitsAreTheOnesAdviseSetReadsIn) {
    const json limits = describe_result().at("limits");
    struct Case {
        const char* limit;
        const char* field;
        std::function<json(double)> input;  // the set's context with the field at the value
    };
    const auto with = [](json extra) {
        json in = {{"exercise", "cable-fly"}};
        in.update(extra);
        return in;
    };
    const std::vector<Case> cases = {
        {"setsPerExercise", "set.of", [&](double v) { return with({{"set", {{"index", 1}, {"of", v}}}}); }},
        {"failureBlockWeek", "phase.week", [&](double v) { return with({{"phase", {{"name", "failure-block"}, {"week", v}}}}); }},
        {"weeklySets", "weeklySets", [&](double v) { return with({{"weeklySets", v}}); }},
        {"weeklyFrequency", "frequency", [&](double v) { return with({{"frequency", v}}); }},
        {"exercisePosition", "session.position", [&](double v) { return with({{"session", {{"position", v}}}}); }},
        {"percentE1rm", "set.percentE1rm", [&](double v) { return with({{"set", {{"percentE1rm", v}}}}); }},
        {"calibrationBias", "lifter.calibration.bias", [&](double v) { return with({{"lifter", {{"calibration", {{"bias", v}}}}}}); }},
        {"calibrationSpread", "lifter.calibration.spread",
         [&](double v) { return with({{"lifter", {{"calibration", {{"spread", v}}}}}}); }},
    };
    EXPECT_EQ(limits.at("setsPerExercise").at("max"), 20);
    EXPECT_EQ(limits.at("failureBlockWeek").at("max"), 52);
    EXPECT_EQ(limits.at("weeklySets").at("max"), 200);
    EXPECT_EQ(limits.at("weeklyFrequency").at("max"), 14);
    EXPECT_EQ(limits.at("calibrationBias").at("min"), -10);
    Engine e;
    for (const Case& c : cases) {
        const json& l = limits.at(c.limit);
        EXPECT_FALSE(l.at("reason").get<std::string>().empty()) << c.limit;
        const double step = l.at("step").get<double>() > 0 ? l.at("step").get<double>() : 0.5;
        const auto advise = [&](double v) { return json::parse(e.call("adviseSet", c.input(v).dump())); };
        for (const double v : {l.at("min").get<double>(), l.at("max").get<double>()})
            EXPECT_TRUE(advise(v).at("ok").get<bool>()) << c.limit << " at " << v << ": " << advise(v).dump();
        for (const double v : {l.at("min").get<double>() - step, l.at("max").get<double>() + step})
            EXPECT_EQ(advise(v).at("error").at("field"), c.field) << c.limit << " at " << v;
    }
}

// The fatigue signs the advisor's checkboxes show are the ones px.adviseSet takes.
TEST(Describe, TheFatigueSignsAreTheOnesAdviseSetTakes) {
    const json signs = describe_result().at("enums").at("fatigueSign");
    ASSERT_EQ(signs.size(), 3u);
    EXPECT_EQ(find_value(signs, "persistentSoreness").at("label"), "Soreness that lingers");
    Engine e;
    for (const auto& s : signs) {
        const json in = {{"exercise", "cable-fly"}, {"fatigue", {{"signs", {s.at("value")}}}}};
        EXPECT_TRUE(json::parse(e.call("adviseSet", in.dump())).at("ok").get<bool>()) << s;
    }
    const json bad = {{"exercise", "cable-fly"}, {"fatigue", {{"signs", {"tired"}}}}};
    const json answer = json::parse(e.call("adviseSet", bad.dump()));
    EXPECT_EQ(answer.at("error").at("field"), "fatigue.signs[0]");
    EXPECT_NE(answer.at("error").at("message").get<std::string>().find("performanceDrop, persistentSoreness, poorReadiness"),
              std::string::npos);
}

TEST(Describe, ListsEveryMethodOfTheBuildOnce) {
    const json methods = describe_result().at("methods");
    std::set<std::string> names;
    for (const auto& m : methods) names.insert(m.at("name").get<std::string>());
    const auto engine_names = Engine::method_names();
    EXPECT_EQ(names, std::set<std::string>(engine_names.begin(), engine_names.end()));
    EXPECT_EQ(names.size(), methods.size());
    EXPECT_TRUE(names.count("describe"));
}

TEST(Describe, TheFullBuildShipsNoMeasurementMethodAndDescribesTheLoadMethods) {
    const json d = describe_result();
    EXPECT_EQ(d.at("build"), "full");
    for (const auto& m : d.at("methods")) {
        EXPECT_NE(m.at("name").get<std::string>().rfind("bench", 0), 0u) << m.at("name");
        EXPECT_NE(std::find(m.at("builds").begin(), m.at("builds").end(), "full"), m.at("builds").end());
    }
    const auto method = [&](const std::string& name) {
        for (const auto& m : d.at("methods"))
            if (m.at("name") == name) return m;
        return json();
    };
    const json estimate = method("estimateOneRepMax");
    EXPECT_EQ(estimate.at("builds"), json::array({"calculator", "full", "bench"}));
    std::set<std::string> input;
    for (const auto& f : estimate.at("input")) input.insert(f.at("name").get<std::string>());
    EXPECT_EQ(input, (std::set<std::string>{"load", "reps", "rir", "rpe", "formula", "unit", "experience", "lifter",
                                            "misjudgement", "calibration", "table", "maxReps", "equipment",
                                            "rounding"}));
    const json& reps = estimate.at("input").at(1);
    EXPECT_EQ(reps.at("name"), "reps");
    EXPECT_EQ(reps.at("type"), "integer");
    EXPECT_EQ(reps.at("required"), true);
    EXPECT_TRUE(d.at("limits").contains(reps.at("limit").get<std::string>()));
    // Every enum and limit a field names is published.
    for (const auto& m : d.at("methods"))
        for (const char* side : {"input", "output"})
            for (const auto& f : m.at(side)) {
                if (f.contains("enum")) EXPECT_TRUE(d.at("enums").contains(f.at("enum").get<std::string>())) << f;
                if (f.contains("limit")) EXPECT_TRUE(d.at("limits").contains(f.at("limit").get<std::string>())) << f;
            }
    // A method that takes nothing lists no fields; one that answers a list describes its items.
    EXPECT_EQ(method("describe").at("input"), json::array());
    EXPECT_EQ(method("describe").at("outputList"), false);
    EXPECT_EQ(method("muscles").at("outputList"), true);
    EXPECT_EQ(method("muscles").at("output").at(0).at("name"), "id");
}

TEST(Describe, TheDescriptionRefusesFieldsItDoesNotList) {
    Engine e;
    const json out = json::parse(e.call("loadTable", R"({"e1rm":100,"maxreps":10})"));
    EXPECT_EQ(out.at("error").at("field"), "maxreps");
    EXPECT_EQ(out.at("error").at("message"), "\"maxreps\" is not a known field; did you mean \"maxReps\"?");
}

TEST(Describe, RefusesFields) {
    Engine e;
    const json out = json::parse(e.call("describe", R"({"verbose":true})"));
    EXPECT_FALSE(out.at("ok").get<bool>());
    EXPECT_EQ(out.at("error").at("field"), "verbose");
}

// The advice gives its range on both scales, so pages never convert RIR to RPE themselves.
TEST(Describe, AdviceCarriesTheTargetOnTheRpeScaleToo) {
    Engine e;
    const json out = json::parse(e.call("adviseSet", R"({"exercise": "cable-fly", "set": {"index": 1, "of": 3}})"));
    ASSERT_TRUE(out.at("ok").get<bool>()) << out.dump();
    const json& r = out.at("result");
    EXPECT_EQ(r.at("targetRpe").at("min"), 10.0 - r.at("targetRir").at("max").get<double>());
    EXPECT_EQ(r.at("targetRpe").at("max"), 10.0 - r.at("targetRir").at("min").get<double>());
    EXPECT_LT(r.at("targetRpe").at("min").get<double>(), 10.0);  // set 1 of 3 keeps a reserve
}

}  // namespace
}  // namespace proximity::api
