// The failure-policy engine: rule-set parsing and rejection with JSON paths, the
// condition language, and the resolution order. Behaviour of the built-in rules per
// scenario lives in tests/vectors/failure_policy.json (native and WASM).
#include "core/api/engine.hpp"
#include "core/common/input_error.hpp"
#include "core/exercise/exercise_library.hpp"
#include "core/json/condition_json.hpp"
#include "core/json/rule_set_json.hpp"
#include "core/policy/advise_set.hpp"

#include <gtest/gtest.h>

#include <set>

namespace proximity::policy {
namespace {

using nlohmann::json;

json doc_with(json rules) {
    return json{{"format", "proximity-rules"},
                {"version", 1},
                {"references", json::array({{{"id", "seed-001"}, {"citation", "Seed 001"}}})},
                {"rules", std::move(rules)}};
}

// doc_with({rule(...)}) is a list of rules with every compiler: a json built from a
// one-element brace list is that element under clang, an array under gcc.
json doc_with(std::initializer_list<json> rules) {
    json list = json::array();
    for (const json& r : rules) list.push_back(r);
    return doc_with(std::move(list));
}

json rule(const std::string& id, int priority, json condition, json effect) {
    return json{{"id", id}, {"priority", priority}, {"condition", std::move(condition)}, {"effect", std::move(effect)},
                {"explanation", "test rule"}, {"sources", {"seed-001"}}};
}

const json kAlways = json::parse(R"({"all": []})");

const exercise::Exercise& ex(const std::string& id) {
    static const auto lib = exercise::ExerciseLibrary::builtin();
    const exercise::Exercise* e = lib.find(id);
    if (!e) throw std::runtime_error("no exercise " + id);
    return *e;
}

SetContext ctx_for(const std::string& id) {
    SetContext c;
    c.exercise = &ex(id);
    return c;
}

std::vector<std::string> reason_ids(const Advice& a) {
    std::vector<std::string> out;
    for (const auto& r : a.reasons) out.push_back(r.rule->id);
    return out;
}

std::string rejection_field(const json& doc) {
    try {
        read_rule_set(doc);
    } catch (const InputError& e) {
        return e.field();
    }
    return "(accepted)";
}

// ---- the built-in document ----

TEST(BuiltinRules, CompileWithSourcesForEveryRule) {
    const RuleSet rules = RuleSet::builtin();
    ASSERT_GE(rules.rules().size(), 25u);
    std::set<std::string> ids;
    for (const auto& r : rules.rules()) {
        ids.insert(r.id);
        EXPECT_FALSE(r.sources.empty()) << r.id;
        EXPECT_GE(r.explanation.size(), 60u) << r.id;
        EXPECT_NE(r.title, r.id) << r.id << " has no title";
    }
    EXPECT_EQ(ids.size(), rules.rules().size());
    EXPECT_EQ(rules.name(), "Proximity default failure policy");
    EXPECT_EQ(json::parse(rules.document_text()).at("format"), "proximity-rules");
}

TEST(BuiltinRules, SortedByPriorityThenDocumentOrder) {
    const auto& rules = RuleSet::builtin().rules();
    for (size_t i = 1; i < rules.size(); ++i) {
        EXPECT_GE(rules[i - 1].priority, rules[i].priority);
        if (rules[i - 1].priority == rules[i].priority) EXPECT_LT(rules[i - 1].order, rules[i].order);
    }
    EXPECT_EQ(rules.front().id, "deload-no-failure");
    EXPECT_EQ(rules.back().priority, 0);
}

TEST(BuiltinRules, CiteTheStudiesTheSeedsName) {
    std::set<std::string> cited;
    for (const auto& r : RuleSet::builtin().rules())
        for (const auto& s : r.sources) cited.insert(s.id);
    for (const char* id : {"seed-000", "seed-001", "seed-002", "seed-003", "seed-004", "grgic-2022", "ruple-2023",
                           "refalo-2023", "izquierdo-2006", "willardson-2007", "halperin-2022", "moran-navarro-2017"})
        EXPECT_TRUE(cited.count(id)) << id;
}

// ---- facts and conditions ----

TEST(Facts, TableOrderMatchesTheEnum) {
    ASSERT_EQ(all_facts().size(), kFactCount);
    for (size_t i = 0; i < kFactCount; ++i) EXPECT_EQ(static_cast<size_t>(all_facts()[i].fact), i) << all_facts()[i].name;
}

TEST(Facts, CollectedFromTheContext) {
    SetContext c = ctx_for("lateral-raise");
    c.set_index = 2;
    c.set_count = 4;
    c.target_reps = 15;
    c.fatigue_signs = {"poorReadiness"};
    c.calibration = RirCalibration{-0.5, 0.75};
    const Facts f = collect_facts(c);
    EXPECT_EQ(f[Fact::ExerciseClass], 1);  // isolation
    EXPECT_EQ(f[Fact::SetRemaining], 2);
    EXPECT_EQ(f[Fact::SetIsFirst], 0);
    EXPECT_EQ(f[Fact::SetIsLast], 0);
    EXPECT_EQ(f[Fact::FatigueAny], 1);
    EXPECT_EQ(f[Fact::FatiguePoorReadiness], 1);
    EXPECT_EQ(f[Fact::FatiguePerformanceDrop], 0);
    EXPECT_DOUBLE_EQ(f[Fact::LifterRirError], 1.25);
    EXPECT_FALSE(f.has(Fact::SetPercentE1rm));
    EXPECT_EQ(f[Fact::PhaseWeek], 0);
}

bool holds(const char* condition, const SetContext& c) {
    return read_condition(json::parse(condition), "c").matches(collect_facts(c));
}

TEST(Condition, LanguageEvaluates) {
    SetContext squat = ctx_for("back-squat");
    squat.target_reps = 5;
    EXPECT_TRUE(holds(R"({"all":[]})", squat));
    EXPECT_TRUE(holds(R"({"all":[{"fact":"exercise.class","eq":"compound"},{"fact":"set.targetReps","lte":5}]})", squat));
    EXPECT_FALSE(holds(R"({"all":[{"fact":"exercise.class","eq":"compound"},{"fact":"set.targetReps","lt":5}]})", squat));
    EXPECT_TRUE(holds(R"({"any":[{"fact":"exercise.class","eq":"isolation"},{"fact":"exercise.heavyCompound","eq":true}]})", squat));
    EXPECT_TRUE(holds(R"({"not":{"fact":"exercise.equipment","in":["machine","cable"]}})", squat));
    EXPECT_TRUE(holds(R"({"fact":"exercise.equipment","ne":"machine"})", squat));
    EXPECT_TRUE(holds(R"({"fact":"exercise.id","in":["front-squat","back-squat"]})", squat));
    EXPECT_FALSE(holds(R"({"fact":"exercise.id","ne":"back-squat"})", squat));
    EXPECT_TRUE(holds(R"({"fact":"lifter.status","eq":"intermediate"})", squat));
    EXPECT_TRUE(holds(R"({"fact":"phase","eq":"normal"})", squat));
}

TEST(Condition, UnknownFactsCompareFalseAndExistsTestsThem) {
    SetContext c = ctx_for("back-squat");
    EXPECT_FALSE(holds(R"({"fact":"set.percentE1rm","gte":85})", c));
    EXPECT_FALSE(holds(R"({"fact":"set.percentE1rm","lt":85})", c));
    EXPECT_TRUE(holds(R"({"fact":"set.percentE1rm","exists":false})", c));
    c.percent_e1rm = 87.5;
    EXPECT_TRUE(holds(R"({"fact":"set.percentE1rm","gte":85})", c));
    EXPECT_TRUE(holds(R"({"fact":"set.percentE1rm","exists":true})", c));
}

// ---- invalid rule sets: each names its JSON path ----

struct BadRuleSet {
    const char* what;
    const char* rule_patch;  // fields replacing those of a valid rule (or null)
    const char* doc_patch;
    const char* field;
};

class RuleSetRejects : public ::testing::TestWithParam<BadRuleSet> {};

TEST_P(RuleSetRejects, NamingThePath) {
    const BadRuleSet& p = GetParam();
    json r = rule("ok-rule", 10, json::parse(R"({"all":[{"fact":"exercise.class","eq":"compound"}]})"),
                  json::parse(R"({"verdict":"stop-short","rir":{"min":1,"max":3}})"));
    const json patch = p.rule_patch ? json::parse(p.rule_patch) : json::object();
    for (auto& [key, value] : patch.items()) {  // shallow: replaces the field, null removes it
        if (value.is_null()) r.erase(key);
        else r[key] = value;
    }
    json doc = doc_with({rule("first", 5, kAlways, json::parse(R"({"capVerdict":"no-failure"})")), r});
    if (p.doc_patch) doc.merge_patch(json::parse(p.doc_patch));
    EXPECT_EQ(rejection_field(doc), p.field) << p.what;
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, RuleSetRejects,
    ::testing::Values(
        BadRuleSet{"wrong format", nullptr, R"({"format":"rules"})", "format"},
        BadRuleSet{"future version", nullptr, R"({"version":2})", "version"},
        BadRuleSet{"rules not a list", nullptr, R"({"rules":{}})", "rules"},
        BadRuleSet{"typo at the top", nullptr, R"({"rulez":[]})", "rulez"},
        BadRuleSet{"reference without citation", nullptr, R"({"references":[{"id":"x"}]})", "references[0].citation"},
        BadRuleSet{"unknown fact", R"({"condition":{"all":[{"fact":"exercise.klass","eq":"compound"}]}})", nullptr,
                   "rules[1].condition.all[0].fact"},
        BadRuleSet{"unknown operator", R"({"condition":{"fact":"set.targetReps","greater":5}})", nullptr,
                   "rules[1].condition.greater"},
        BadRuleSet{"ordering a choice", R"({"condition":{"fact":"lifter.status","lt":"advanced"}})", nullptr,
                   "rules[1].condition.lt"},
        BadRuleSet{"unknown choice", R"({"condition":{"any":[{"fact":"phase","eq":"bulk"}]}})", nullptr,
                   "rules[1].condition.any[0].eq"},
        BadRuleSet{"choice list item", R"({"condition":{"fact":"exercise.equipment","in":["machine","kettlebell"]}})", nullptr,
                   "rules[1].condition.in[1]"},
        BadRuleSet{"number compared with text", R"({"condition":{"fact":"weeklySets","gte":"20"}})", nullptr,
                   "rules[1].condition.gte"},
        BadRuleSet{"boolean compared with number", R"({"condition":{"fact":"session.spotter","eq":1}})", nullptr,
                   "rules[1].condition.eq"},
        BadRuleSet{"empty any", R"({"condition":{"not":{"any":[]}}})", nullptr, "rules[1].condition.not.any"},
        BadRuleSet{"two keys in a group", R"({"condition":{"all":[],"any":[]}})", nullptr, "rules[1].condition"},
        BadRuleSet{"condition not an object", R"({"condition":{"all":[true]}})", nullptr, "rules[1].condition.all[0]"},
        BadRuleSet{"exists on a choice", R"({"condition":{"fact":"phase","exists":true}})", nullptr, "rules[1].condition.exists"},
        BadRuleSet{"unknown verdict", R"({"effect":{"verdict":"maybe"}})", nullptr, "rules[1].effect.verdict"},
        BadRuleSet{"unknown cap", R"({"effect":{"capVerdict":"never"}})", nullptr, "rules[1].effect.capVerdict"},
        BadRuleSet{"range upside down", R"({"effect":{"rir":{"min":3,"max":1}}})", nullptr, "rules[1].effect.rir"},
        BadRuleSet{"range out of bounds", R"({"effect":{"rir":{"min":1,"max":12}}})", nullptr, "rules[1].effect.rir.max"},
        BadRuleSet{"empty limit", R"({"effect":{"limitRir":{}}})", nullptr, "rules[1].effect.limitRir"},
        BadRuleSet{"unknown effect", R"({"effect":{"denyFailure":true}})", nullptr, "rules[1].effect.denyFailure"},
        BadRuleSet{"empty effect", R"({"effect":{}})", nullptr, "rules[1].effect"},
        BadRuleSet{"unknown technique", R"({"effect":{"techniques":{"superset":{"allow":true}}}})", nullptr,
                   "rules[1].effect.techniques.superset"},
        BadRuleSet{"technique without allow", R"({"effect":{"techniques":{"dropSet":{"limit":"2"}}}})", nullptr,
                   "rules[1].effect.techniques.dropSet.allow"},
        BadRuleSet{"repeated rule id", R"({"id":"first"})", nullptr, "rules[1].id"},
        BadRuleSet{"rule id not kebab-case", R"({"id":"Deload_Rule"})", nullptr, "rules[1].id"},
        BadRuleSet{"source not in references", R"({"sources":["seed-009"]})", nullptr, "rules[1].sources[0]"},
        BadRuleSet{"no sources", R"({"sources":[]})", nullptr, "rules[1].sources"},
        BadRuleSet{"priority not whole", R"({"priority":2.5})", nullptr, "rules[1].priority"},
        BadRuleSet{"priority out of range", R"({"priority":5000})", nullptr, "rules[1].priority"},
        BadRuleSet{"missing explanation", R"({"explanation":null})", nullptr, "rules[1].explanation"},
        BadRuleSet{"typo in a rule field", R"({"explenation":"x"})", nullptr, "rules[1].explenation"},
        BadRuleSet{"missing condition", R"({"condition":null})", nullptr, "rules[1].condition"}));

TEST(RuleSetRejects, TooDeepACondition) {
    json c = json::parse(R"({"fact":"set.isLast","eq":true})");
    for (int i = 0; i < 20; ++i) c = json{{"not", c}};
    const std::string field = rejection_field(doc_with({rule("deep", 1, c, json::parse(R"({"capVerdict":"no-failure"})"))}));
    EXPECT_EQ(field.rfind("rules[0].condition.not.not.not", 0), 0u) << field;
}

TEST(RuleSetRejects, MessagesExplain) {
    try {
        read_rule_set(doc_with({rule("r", 1, json::parse(R"({"fact":"exercise.klass","eq":"x"})"),
                                          json::parse(R"({"capVerdict":"no-failure"})"))}));
        FAIL();
    } catch (const InputError& e) {
        const std::string m = e.what();
        EXPECT_NE(m.find("unknown fact \"exercise.klass\""), std::string::npos) << m;
        EXPECT_NE(m.find("exercise.class"), std::string::npos) << m;  // lists the known facts
    }
}

// ---- resolution order ----

// Advice points into its RuleSet, so the rule set under test is kept alive here.
Advice advise(const json& rules, SetContext c = ctx_for("leg-extension")) {
    static RuleSet current;
    current = read_rule_set(doc_with(rules));
    return advise_set(c, current);
}

TEST(Resolution, NoRulesGivesTheFallback) {
    const Advice a = advise(json::array());
    EXPECT_EQ(a.verdict, Verdict::StopShort);
    EXPECT_EQ(a.target_rir.min, 1);
    EXPECT_EQ(a.target_rir.max, 3);
    EXPECT_TRUE(a.reasons.empty());
    EXPECT_EQ(a.recommended_by, nullptr);
}

TEST(Resolution, HigherPriorityRecommendationWins) {
    const Advice a = advise({rule("low", 10, kAlways, json::parse(R"({"verdict":"failure","rir":{"min":0,"max":0}})")),
                             rule("high", 20, kAlways, json::parse(R"({"verdict":"near-failure","rir":{"min":0,"max":1}})"))});
    EXPECT_EQ(a.verdict, Verdict::NearFailure);
    EXPECT_EQ(a.target_rir.min, 1);  // near-failure never includes RIR 0: 0-1 floored to 1-2
    EXPECT_EQ(a.target_rir.max, 2);
    EXPECT_EQ(a.recommended_by->id, "high");
    // "low" wanted failure, closer than the outcome: reported as overridden.
    EXPECT_EQ(reason_ids(a), (std::vector<std::string>{"high", "low"}));
}

TEST(Resolution, EqualPriorityTakesTheMoreCautiousVerdictThenTheEarlierRule) {
    Advice a = advise({rule("bold", 20, kAlways, json::parse(R"({"verdict":"failure"})")),
                       rule("careful", 20, kAlways, json::parse(R"({"verdict":"stop-short"})"))});
    EXPECT_EQ(a.verdict, Verdict::StopShort);
    EXPECT_EQ(a.recommended_by->id, "careful");
    // The losing bolder recommendation is reported as overridden.
    ASSERT_EQ(a.reasons.size(), 2u);
    EXPECT_EQ(a.reasons[1].rule->id, "bold");
    EXPECT_EQ(a.reasons[1].role, ReasonRole::Overridden);

    a = advise({rule("first", 20, kAlways, json::parse(R"({"verdict":"stop-short","rir":{"min":1,"max":3}})")),
                rule("second", 20, kAlways, json::parse(R"({"verdict":"stop-short","rir":{"min":2,"max":4}})"))});
    EXPECT_EQ(a.recommended_by->id, "first");
    EXPECT_EQ(a.target_rir.min, 2);  // the range tie goes to the higher minimum
    EXPECT_EQ(a.target_rir.max, 4);
}

TEST(Resolution, ASafetyCapBeatsAnyRecommendationWhateverItsPriority) {
    const Advice a = advise({rule("push", 1000, kAlways, json::parse(R"({"verdict":"failure","rir":{"min":0,"max":0}})")),
                             rule("safety", 1, kAlways, json::parse(R"({"capVerdict":"no-failure"})"))});
    EXPECT_EQ(a.verdict, Verdict::NoFailure);
    EXPECT_EQ(a.target_rir.min, 1);  // no-failure keeps at least 1 in reserve
    EXPECT_EQ(a.target_rir.max, 2);
    EXPECT_EQ(a.capped_by->id, "safety");
    EXPECT_EQ(reason_ids(a), (std::vector<std::string>{"safety", "push"}));
    EXPECT_EQ(a.reasons[0].role, ReasonRole::Constraint);
    EXPECT_EQ(a.reasons[1].role, ReasonRole::Recommendation);
}

TEST(Resolution, TheMostCautiousCapWins) {
    const Advice a = advise({rule("a", 50, kAlways, json::parse(R"({"capVerdict":"near-failure"})")),
                             rule("b", 10, kAlways, json::parse(R"({"capVerdict":"stop-short"})")),
                             rule("rec", 5, kAlways, json::parse(R"({"verdict":"failure","rir":{"min":0,"max":0}})"))});
    EXPECT_EQ(a.verdict, Verdict::StopShort);
    EXPECT_EQ(a.capped_by->id, "b");
}

TEST(Resolution, FloorBeatsCeilingAndRaisedRangesStayOneRepWide) {
    const Advice a = advise({rule("rec", 5, kAlways, json::parse(R"({"verdict":"stop-short","rir":{"min":1,"max":3}})")),
                             rule("ceiling", 50, kAlways, json::parse(R"({"limitRir":{"max":2}})")),
                             rule("floor", 40, kAlways, json::parse(R"({"limitRir":{"min":3}})"))});
    EXPECT_EQ(a.target_rir.min, 3);
    EXPECT_EQ(a.target_rir.max, 4);
}

TEST(Resolution, FloorsTurnFailureIntoNearFailureOrStopShort) {
    const json failure = json::parse(R"({"verdict":"failure","rir":{"min":0,"max":0}})");
    Advice a = advise({rule("rec", 5, kAlways, failure), rule("floor", 40, kAlways, json::parse(R"({"limitRir":{"min":1}})"))});
    EXPECT_EQ(a.verdict, Verdict::NearFailure);
    EXPECT_EQ(a.target_rir.min, 1);
    EXPECT_EQ(a.target_rir.max, 2);
    a = advise({rule("rec", 5, kAlways, failure), rule("floor", 40, kAlways, json::parse(R"({"limitRir":{"min":2}})"))});
    EXPECT_EQ(a.verdict, Verdict::StopShort);
    EXPECT_EQ(a.target_rir.min, 2);
    EXPECT_EQ(a.target_rir.max, 3);
}

TEST(Resolution, AdjustmentsApplyBeforeConstraintsAndClampAtZero) {
    const Advice a = advise({rule("rec", 5, kAlways, json::parse(R"({"verdict":"failure","rir":{"min":0,"max":1}})")),
                             rule("widen", 30, kAlways, json::parse(R"({"adjustRir":{"min":-1,"max":2}})")),
                             rule("ceiling", 40, kAlways, json::parse(R"({"limitRir":{"max":2}})"))});
    EXPECT_EQ(a.target_rir.min, 0);
    EXPECT_EQ(a.target_rir.max, 2);  // 0-1 widened to 0-3, then capped at 2
    EXPECT_EQ(reason_ids(a), (std::vector<std::string>{"ceiling", "rec", "widen"}));
    EXPECT_EQ(a.reasons[2].role, ReasonRole::Adjustment);
}

TEST(Resolution, TechniqueDenialBeatsAllowanceAndAVerdictShortOfFailureDeniesAll) {
    const json allow = json::parse(R"({"techniques":{"dropSet":{"allow":true,"limit":"1-2","perSession":2},"restPause":{"allow":true}}})");
    const json deny = json::parse(R"({"techniques":{"dropSet":{"allow":false,"limit":"not today"}}})");
    const json failure = json::parse(R"({"verdict":"failure","rir":{"min":0,"max":0}})");
    Advice a = advise({rule("rec", 5, kAlways, failure), rule("allow", 100, kAlways, allow), rule("deny", 1, kAlways, deny)});
    EXPECT_FALSE(a.technique(Technique::DropSet).allowed);
    EXPECT_EQ(a.technique(Technique::DropSet).rule->id, "deny");
    EXPECT_TRUE(a.technique(Technique::RestPause).allowed);
    EXPECT_EQ(a.technique(Technique::RestPause).rule->id, "allow");
    EXPECT_FALSE(a.technique(Technique::MyoReps).allowed);
    EXPECT_EQ(a.technique(Technique::MyoReps).rule, nullptr);

    a = advise({rule("rec", 5, kAlways, failure), rule("allow", 100, kAlways, allow),
                rule("cap", 1, kAlways, json::parse(R"({"capVerdict":"stop-short"})"))});
    EXPECT_FALSE(a.technique(Technique::RestPause).allowed);
    EXPECT_TRUE(a.technique(Technique::RestPause).blocked_by_verdict);
    EXPECT_EQ(a.technique(Technique::RestPause).rule->id, "cap");
}

TEST(Resolution, ReasonsAreGroupedByRole) {
    const Advice a = advise({rule("tech", 90, kAlways, json::parse(R"({"techniques":{"dropSet":{"allow":true}}})")),
                             rule("adjust", 80, kAlways, json::parse(R"({"adjustRir":{"max":1}})")),
                             rule("rec", 70, kAlways, json::parse(R"({"verdict":"near-failure","rir":{"min":0,"max":1}})")),
                             rule("limit", 10, kAlways, json::parse(R"({"limitRir":{"max":3}})")),
                             rule("unmatched", 99, json::parse(R"({"fact":"phase","eq":"deload"})"),
                                  json::parse(R"({"capVerdict":"no-failure"})"))});
    EXPECT_EQ(reason_ids(a), (std::vector<std::string>{"limit", "rec", "adjust", "tech"}));
}

TEST(AdviseSet, NullExerciseGetsTheFallbackWithoutReasons) {
    const Advice a = advise_set(SetContext{}, RuleSet::builtin());
    EXPECT_EQ(a.verdict, Verdict::StopShort);
    EXPECT_EQ(a.target_rir.min, 1);
    EXPECT_EQ(a.target_rir.max, 3);
    EXPECT_TRUE(a.reasons.empty());
}

TEST(AdviseSet, MoreMatchingRulesThanTheInlineCapacitySpillInOrder) {
    json rules = json::array();
    for (int i = 0; i < 30; ++i)
        rules.push_back(rule("limit-" + std::to_string(i), i, kAlways, json::parse(R"({"limitRir":{"max":9}})")));
    rules.push_back(rule("rec", 500, kAlways, json::parse(R"({"verdict":"near-failure","rir":{"min":0,"max":1}})")));
    const Advice a = advise(rules);
    ASSERT_EQ(a.reasons.size(), 31u);
    EXPECT_EQ(a.reasons[0].rule->id, "limit-29");  // constraints first, by priority
    EXPECT_EQ(a.reasons[29].rule->id, "limit-0");
    EXPECT_EQ(a.reasons[30].rule->id, "rec");
    EXPECT_EQ(a.reasons[30].role, ReasonRole::Recommendation);
    const Advice copy = a;
    EXPECT_EQ(copy.reasons.size(), 31u);
    EXPECT_EQ(copy.reasons[30].rule->id, "rec");
}

TEST(AdviseSet, ACopiedRuleSetKeepsAdviceValid) {
    Advice a;
    {
        RuleSet copy = RuleSet::builtin();
        a = advise_set(ctx_for("bench-press"), copy);
    }
    ASSERT_FALSE(a.reasons.empty());
    EXPECT_EQ(a.reasons[0].rule->id, "spotter-needed-alone");  // builtin() keeps the rules alive
}

// Through the JSON API: a bad rule set is refused and the one in force stays.
TEST(EngineRuleSet, ABadDocumentChangesNothing) {
    api::Engine engine;
    const json custom = doc_with({rule("always-near", 5, kAlways, json::parse(R"({"verdict":"near-failure","rir":{"min":0,"max":1}})"))});
    ASSERT_TRUE(json::parse(engine.call("loadRuleSet", custom.dump()))["ok"].get<bool>());
    json bad = custom;
    bad["rules"][0]["condition"] = json::parse(R"({"all":[{"fact":"set.reps","gte":8}]})");
    const json refused = json::parse(engine.call("loadRuleSet", bad.dump()));
    EXPECT_FALSE(refused["ok"].get<bool>());
    EXPECT_EQ(refused["error"]["field"], "rules[0].condition.all[0].fact");
    const json advice = json::parse(engine.call("adviseSet", R"({"exercise":"bench-press"})"));
    EXPECT_EQ(advice["result"]["verdict"], "near-failure");
    EXPECT_EQ(advice["result"]["reasonIds"], json::array({"always-near"}));
    EXPECT_EQ(json::parse(engine.call("ruleSet", "{}"))["result"], custom);
    // Text that is not JSON at all is refused the same way.
    EXPECT_FALSE(json::parse(engine.call("loadRuleSet", "{\"format\": "))["ok"].get<bool>());
    EXPECT_EQ(json::parse(engine.call("adviseSet", R"({"exercise":"bench-press"})"))["result"]["verdict"], "near-failure");
}

TEST(EngineRuleSet, ResetRestoresTheBuiltInDocument) {
    api::Engine engine;
    engine.call("loadRuleSet", doc_with(json::array()).dump());
    EXPECT_EQ(json::parse(engine.call("adviseSet", R"({"exercise":"bench-press"})"))["result"]["verdict"], "stop-short");
    engine.call("resetRuleSet", "{}");
    EXPECT_EQ(json::parse(engine.call("ruleSet", "{}"))["result"], json::parse(RuleSet::builtin().document_text()));
    EXPECT_EQ(json::parse(engine.call("adviseSet", R"({"exercise":"bench-press"})"))["result"]["verdict"], "no-failure");
}

}  // namespace
}  // namespace proximity::policy
