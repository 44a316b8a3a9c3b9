// The mesocycle generator (core/plan/mesocycle, effort_progression, deload_week,
// plan_template): effort and volume progressions worked out by hand, and properties
// every generated block must have whatever the template, length and lifter.
#include "core/common/input_error.hpp"
#include "core/plan/deload_week.hpp"
#include "core/plan/effort_progression.hpp"
#include "core/plan/mesocycle.hpp"
#include "core/plan/plan_evaluation.hpp"
#include "core/plan/plan_template.hpp"
#include "core/plan/plan_text.hpp"

#include <gtest/gtest.h>

namespace proximity::plan {
namespace {

using exercise::Muscle;

const exercise::ExerciseLibrary& library() {
    static const auto lib = exercise::ExerciseLibrary::builtin();
    return lib;
}

const policy::RuleSet& rules() {
    static const auto r = policy::RuleSet::builtin();
    return r;
}

Plan generate(const std::string& tpl, int weeks, policy::LifterStatus status = policy::LifterStatus::Intermediate,
              bool deload = true) {
    MesocycleRequest req;
    req.template_id = tpl;
    req.weeks = weeks;
    req.deload = deload;
    req.settings.status = status;
    return generate_mesocycle(req, library(), rules());
}

std::vector<int> set_counts(const Week& week, size_t session = 0) {
    std::vector<int> out;
    for (const PlannedExercise& x : week.sessions[session].exercises) out.push_back(static_cast<int>(x.sets.size()));
    return out;
}

TEST(EffortProgression, FromRirThreeToZeroInHalfSteps) {
    auto levels = [](int n) {
        std::vector<double> out;
        for (int i = 0; i < n; ++i) out.push_back(effort_level(i, n));
        return out;
    };
    EXPECT_EQ(levels(3), (std::vector<double>{3, 1.5, 0}));
    EXPECT_EQ(levels(4), (std::vector<double>{3, 2, 1, 0}));
    EXPECT_EQ(levels(5), (std::vector<double>{3, 2.5, 1.5, 1, 0}));      // 2.25 -> 2.5, 0.75 -> 1
    EXPECT_EQ(levels(6), (std::vector<double>{3, 2.5, 2, 1, 0.5, 0}));   // 2.4, 1.8, 1.2, 0.6 rounded
}

TEST(EffortProgression, CompoundsNeverBelowRirOne) {
    EXPECT_EQ(planned_rir(0, LoadClass::Isolation), 0);
    EXPECT_EQ(planned_rir(0, LoadClass::HeavyCompound), 1);
    EXPECT_EQ(planned_rir(0.5, LoadClass::Compound), 1);
    EXPECT_EQ(planned_rir(2, LoadClass::Compound), 2);
    EXPECT_EQ(effort_label(0), "RIR 0-1");
    EXPECT_EQ(effort_label(2.5), "RIR 2.5");
}

TEST(Templates, PushDayIsSeed004) {
    const PlanTemplate* t = find_template("push");
    ASSERT_NE(t, nullptr);
    ASSERT_EQ(t->sessions.size(), 1u);
    const auto& x = t->sessions[0].exercises;
    ASSERT_EQ(x.size(), 5u);
    const std::vector<std::tuple<std::string, int, int, int, FailureAllowance>> seed004 = {
        {"bench-press", 4, 6, 8, FailureAllowance::LastSet},
        {"incline-db-press", 3, 8, 10, FailureAllowance::LastSet},
        {"cable-fly", 3, 12, 15, FailureAllowance::AllSets},
        {"triceps-pushdown", 3, 12, 15, FailureAllowance::AllSets},
        {"lateral-raise", 3, 15, 20, FailureAllowance::AllSets},
    };
    for (size_t i = 0; i < x.size(); ++i) {
        EXPECT_EQ(x[i].exercise, std::get<0>(seed004[i]));
        EXPECT_EQ(x[i].sets, std::get<1>(seed004[i]));
        EXPECT_EQ(x[i].reps_low, std::get<2>(seed004[i]));
        EXPECT_EQ(x[i].reps_high, std::get<3>(seed004[i]));
        EXPECT_EQ(x[i].failure, std::get<4>(seed004[i]));
    }
}

TEST(Templates, EveryTemplateExerciseIsInTheLibrary) {
    EXPECT_EQ(template_ids_list(), "push, ppl, upperLower, fullBody");
    for (const PlanTemplate& t : builtin_templates())
        for (const TemplateSession& s : t.sessions)
            for (const TemplateExercise& x : s.exercises) EXPECT_NE(library().find(x.exercise), nullptr) << x.exercise;
}

// Push day, 4 weeks, intermediate. Week 1 is the template: chest 4 + 3 + 3 = 10.
// Each later week adds one set per directly trained muscle, isolation first, at most
// +2 per exercise: week 2 cable fly, pushdown, lateral raise +1 (chest 11; the presses
// are skipped as chest already grew); week 3 the same (chest 12, the three at +2);
// week 4 only the incline press can still grow (chest 13).
TEST(Mesocycle, PushDayVolumeProgressionByHand) {
    const Plan p = generate("push", 4);
    ASSERT_EQ(p.weeks.size(), 5u);
    EXPECT_EQ(set_counts(p.weeks[0]), (std::vector<int>{4, 3, 3, 3, 3}));
    EXPECT_EQ(set_counts(p.weeks[1]), (std::vector<int>{4, 3, 4, 4, 4}));
    EXPECT_EQ(set_counts(p.weeks[2]), (std::vector<int>{4, 3, 5, 5, 5}));
    EXPECT_EQ(set_counts(p.weeks[3]), (std::vector<int>{4, 4, 5, 5, 5}));
    EXPECT_EQ(set_counts(p.weeks[4]), (std::vector<int>{2, 2, 3, 2, 3}));  // deload: half, odd 5s round up, down, up
}

TEST(Mesocycle, PushDayEffortProgression) {
    const Plan p = generate("push", 4);
    const std::vector<double> compound = {3, 2, 1, 1}, isolation = {3, 2, 1, 0};
    for (size_t w = 0; w < 4; ++w) {
        const auto& x = p.weeks[w].sessions[0].exercises;
        EXPECT_EQ(x[0].sets[0].rir, compound[w]) << w;  // bench press, first set
        if (w < 3) EXPECT_EQ(x[2].sets[0].rir, isolation[w]) << w;  // cable fly
        for (const PlannedExercise& e : x)
            for (const PlannedSet& s : e.sets) EXPECT_TRUE(w == 3 || !s.failure) << "failure before the last week";
    }
    EXPECT_EQ(p.weeks[0].sessions[0].exercises[0].sets[0].reps, 6);
    EXPECT_EQ(p.weeks[0].sessions[0].exercises[4].sets[0].reps, 15);
    EXPECT_EQ(p.weeks[0].label, "Week 1 \xc2\xb7 RIR 3");
    EXPECT_EQ(p.weeks[3].label, "Week 4 \xc2\xb7 RIR 0-1");
    EXPECT_EQ(p.name, "Push day (Reps and Sets sample)");
}

TEST(Mesocycle, DeloadHalvesTheSetsAndStaysFarFromFailure) {
    const Plan p = generate("ppl", 5);
    ASSERT_EQ(p.weeks.size(), 6u);
    const Week& last = p.weeks[4];
    const Week& deload = p.weeks[5];
    EXPECT_EQ(deload.phase, policy::Phase::Deload);
    EXPECT_EQ(deload.label, "Deload");
    int before = 0, after = 0;
    for (size_t s = 0; s < deload.sessions.size(); ++s)
        for (size_t x = 0; x < deload.sessions[s].exercises.size(); ++x) {
            const int n = static_cast<int>(last.sessions[s].exercises[x].sets.size());
            const auto& sets = deload.sessions[s].exercises[x].sets;
            EXPECT_GE(static_cast<int>(sets.size()), std::max(1, n / 2));
            EXPECT_LE(static_cast<int>(sets.size()), (n + 1) / 2);
            before += n;
            after += static_cast<int>(sets.size());
            for (const PlannedSet& set : sets) {
                EXPECT_FALSE(set.failure);
                EXPECT_GE(set.rir, 3.0);
                EXPECT_FALSE(set.technique.has_value());
            }
        }
    EXPECT_NEAR(static_cast<double>(after) / before, 0.5, 0.06);
}

TEST(Mesocycle, NoDeloadWhenAskedNot) {
    EXPECT_EQ(generate("fullBody", 3, policy::LifterStatus::Intermediate, false).weeks.size(), 3u);
}

TEST(Mesocycle, RefusesBadRequests) {
    MesocycleRequest req;
    req.template_id = "bro-split";
    EXPECT_THROW(generate_mesocycle(req, library(), rules()), InputError);
    req.template_id = "ppl";
    req.weeks = 2;
    EXPECT_THROW(generate_mesocycle(req, library(), rules()), InputError);
}

// Properties of every generated block: volume never falls during accumulation and stays
// within the landmark cap, every week fits the fatigue budget, and nothing contradicts
// the failure policy.
class EveryBlock : public ::testing::TestWithParam<std::tuple<std::string, int, policy::LifterStatus>> {};

TEST_P(EveryBlock, KeepsItsPromises) {
    const auto [tpl, weeks, status] = GetParam();
    const Plan p = generate(tpl, weeks, status);
    ASSERT_EQ(static_cast<int>(p.weeks.size()), weeks + 1);
    const PlanEvaluation ev = evaluate_plan(p, library(), rules());
    EXPECT_TRUE(ev.contradictions.empty()) << describe(p, ev, ev.contradictions.front());
    const bool beginner = status == policy::LifterStatus::Beginner;
    for (int w = 0; w < weeks; ++w) {
        const WeekEvaluation& we = ev.weeks[w];
        EXPECT_NE(we.budget_status, BudgetStatus::Over) << "week " << w + 1 << " costs " << we.cost;
        for (Muscle m : exercise::all_muscles()) {
            const MuscleWeek& mw = we.muscles[muscle_index(m)];
            const MuscleWeek& first = ev.weeks[0].muscles[muscle_index(m)];
            // Growth stops at the cap for direct work; secondary credit may add up to the ceiling.
            if (mw.hard_sets > first.hard_sets) EXPECT_LE(mw.hard_sets, mw.landmark.ceiling) << exercise::muscle_id(m);
            if (mw.direct_sets > ev.weeks[0].muscles[muscle_index(m)].direct_sets)
                EXPECT_LE(mw.direct_sets, (beginner ? mw.landmark.min : mw.landmark.max) + 1e-9) << exercise::muscle_id(m);
            if (w > 0) EXPECT_GE(mw.hard_sets, ev.weeks[w - 1].muscles[muscle_index(m)].hard_sets - 1e-9);
        }
    }
    EXPECT_LT(ev.weeks[weeks].cost, 0.5 * ev.weeks[weeks - 1].cost);  // the deload
}

INSTANTIATE_TEST_SUITE_P(
    TemplatesLengthsLifters, EveryBlock,
    ::testing::Combine(::testing::Values("push", "ppl", "upperLower", "fullBody"), ::testing::Values(3, 4, 6),
                       ::testing::Values(policy::LifterStatus::Beginner, policy::LifterStatus::Intermediate,
                                         policy::LifterStatus::Advanced)));

}  // namespace
}  // namespace proximity::plan
