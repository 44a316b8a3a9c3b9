// Fatigue cost per set, the weekly budget, and the fitness-fatigue simulation, on values
// computed by hand (core/plan/fatigue_cost, fatigue_budget, fitness_fatigue,
// plan_simulation).
#include "core/plan/fatigue_budget.hpp"
#include "core/plan/fatigue_cost.hpp"
#include "core/plan/fitness_fatigue.hpp"
#include "core/plan/plan.hpp"
#include "core/plan/session_days.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace proximity::plan {
namespace {

PlannedSet set_at(double rir, bool failure = false, std::optional<policy::Technique> t = std::nullopt) {
    PlannedSet s;
    s.rir = failure ? 0 : rir;
    s.failure = failure;
    s.technique = t;
    return s;
}

// proximity factor = 0.4 + 2.1 e^(-RIR/2)
TEST(FatigueCost, ProximityFactorByHand) {
    EXPECT_DOUBLE_EQ(proximity_factor(0), 2.5);
    EXPECT_NEAR(proximity_factor(1), 0.4 + 2.1 * 0.6065307, 1e-6);   // 1.6737
    EXPECT_NEAR(proximity_factor(2), 0.4 + 2.1 * 0.3678794, 1e-6);   // 1.1725
    EXPECT_NEAR(proximity_factor(2.5), 1.0016601, 1e-6);            // about one "standard set"
    EXPECT_NEAR(proximity_factor(3), 0.4 + 2.1 * 0.2231302, 1e-6);   // 0.8686
    EXPECT_NEAR(proximity_factor(10), 0.4 + 2.1 * 0.0067379, 1e-6);
}

TEST(FatigueCost, FailureCostsTwoToThreeTimesASetTwoToThreeShort) {  // seed 001
    const double failure = proximity_factor(0);
    EXPECT_NEAR(failure / proximity_factor(2), 2.1321, 1e-4);
    EXPECT_NEAR(failure / proximity_factor(3), 2.8783, 1e-4);
    for (double rir : {2.0, 2.5, 3.0}) {
        EXPECT_GE(failure / proximity_factor(rir), 2.0);
        EXPECT_LE(failure / proximity_factor(rir), 3.0);
    }
}

TEST(FatigueCost, RisesSteeplyNearFailure) {
    // Each rep closer costs more than the one before: the curve is convex and falling.
    for (double rir = 0; rir < 6; rir += 1) {
        const double step_near = proximity_factor(rir) - proximity_factor(rir + 1);
        const double step_far = proximity_factor(rir + 1) - proximity_factor(rir + 2);
        EXPECT_GT(step_near, step_far) << rir;
    }
}

TEST(FatigueCost, ClassAndTechniqueFactors) {
    EXPECT_DOUBLE_EQ(set_fatigue_cost(set_at(0, true), LoadClass::Isolation), 2.5);
    EXPECT_DOUBLE_EQ(set_fatigue_cost(set_at(0, true), LoadClass::Compound), 1.3 * 2.5);
    EXPECT_DOUBLE_EQ(set_fatigue_cost(set_at(0, true), LoadClass::HeavyCompound), 4.5);
    EXPECT_DOUBLE_EQ(set_fatigue_cost(set_at(0, true, policy::Technique::DropSet), LoadClass::Isolation), 3.75);
    EXPECT_DOUBLE_EQ(set_fatigue_cost(set_at(0, true, policy::Technique::RestPause), LoadClass::Isolation), 3.75);
    EXPECT_DOUBLE_EQ(set_fatigue_cost(set_at(0, true, policy::Technique::ForcedReps), LoadClass::HeavyCompound), 1.8 * 2.5 * 1.75);
    EXPECT_NEAR(set_fatigue_cost(set_at(2), LoadClass::HeavyCompound), 1.8 * 1.1725468, 1e-6);
}

TEST(FatigueCost, WarmupsCostNothing) {
    PlannedSet w = set_at(5);
    w.warmup = true;
    EXPECT_EQ(set_fatigue_cost(w, LoadClass::HeavyCompound), 0.0);
}

TEST(FatigueCost, LoadClassFromTheLibraryFlags) {
    exercise::Exercise e;
    e.movement_class = exercise::MovementClass::Isolation;
    EXPECT_EQ(load_class(e), LoadClass::Isolation);
    e.movement_class = exercise::MovementClass::Compound;
    e.equipment = exercise::Equipment::Machine;
    EXPECT_EQ(load_class(e), LoadClass::Compound);
    e.risk.spinal_loading = true;  // a machine that loads the spine stays a compound
    EXPECT_EQ(load_class(e), LoadClass::Compound);
    e.equipment = exercise::Equipment::FreeWeight;  // a barbell row
    EXPECT_EQ(load_class(e), LoadClass::HeavyCompound);
    e.risk = {};
    e.risk.heavy_compound = true;
    EXPECT_EQ(load_class(e), LoadClass::HeavyCompound);
}

TEST(FatigueBudget, ByTrainingStatus) {
    EXPECT_DOUBLE_EQ(default_fatigue_budget(policy::LifterStatus::Beginner), 120);
    EXPECT_DOUBLE_EQ(default_fatigue_budget(policy::LifterStatus::Intermediate), 200);
    EXPECT_DOUBLE_EQ(default_fatigue_budget(policy::LifterStatus::Advanced), 240);
    PlanSettings s;
    s.status = policy::LifterStatus::Beginner;
    EXPECT_DOUBLE_EQ(s.weekly_budget(), 120);
    s.fatigue_budget = 90;
    EXPECT_DOUBLE_EQ(s.weekly_budget(), 90);
}

TEST(FatigueBudget, WithinNearOver) {
    EXPECT_EQ(classify_budget(90, 100), BudgetStatus::Within);
    EXPECT_EQ(classify_budget(90.5, 100), BudgetStatus::Near);
    EXPECT_EQ(classify_budget(100, 100), BudgetStatus::Near);
    EXPECT_EQ(classify_budget(100.5, 100), BudgetStatus::Over);
}

// One impulse of 10 on day 0, tau1 42, tau2 7, k1 1, k2 2:
//   day t >= 1: fitness 10 e^(-t/42), fatigue 20 e^(-t/7)
//   readiness crosses zero where e^(t (1/7 - 1/42)) = 2, t = 42 ln 2 / 5 = 5.82 days.
TEST(FitnessFatigue, SingleImpulseByHand) {
    const auto s = simulate_fitness_fatigue({10, 0, 0, 0, 0, 0, 0, 0, 0}, FitnessFatigueParams{});
    ASSERT_EQ(s.size(), 10u);
    EXPECT_EQ(s[0].readiness, 0.0);  // the day's own load counts from the next day
    EXPECT_EQ(s[0].load, 10.0);
    EXPECT_NEAR(s[1].fitness, 10 * std::exp(-1.0 / 42), 1e-9);  // 9.7647
    EXPECT_NEAR(s[1].fatigue, 20 * std::exp(-1.0 / 7), 1e-9);   // 17.3376
    EXPECT_NEAR(s[1].readiness, -7.5728411, 1e-6);
    EXPECT_NEAR(s[8].fitness, 8.2657, 1e-4);
    EXPECT_NEAR(s[8].fatigue, 6.3781, 1e-4);
    EXPECT_LT(s[5].readiness, 0.0);
    EXPECT_GT(s[6].readiness, 0.0);
}

TEST(FitnessFatigue, ImpulsesAddUp) {
    // 10 on day 0 and 5 on day 2, read on day 3:
    //   fitness = 10 e^(-3/42) + 5 e^(-1/42), fatigue = 2 (10 e^(-3/7) + 5 e^(-1/7))
    const auto s = simulate_fitness_fatigue({10, 0, 5}, FitnessFatigueParams{});
    ASSERT_EQ(s.size(), 4u);
    EXPECT_NEAR(s[3].fitness, 10 * std::exp(-3.0 / 42) + 5 * std::exp(-1.0 / 42), 1e-9);
    EXPECT_NEAR(s[3].fatigue, 2 * (10 * std::exp(-3.0 / 7) + 5 * std::exp(-1.0 / 7)), 1e-9);
    EXPECT_NEAR(s[3].readiness, 14.1930 - 21.6976, 1e-3);
}

TEST(FitnessFatigue, ParametersAreEditable) {
    FitnessFatigueParams p;
    p.k2 = 3;
    p.tau2 = 10;
    const auto s = simulate_fitness_fatigue({4}, p);
    EXPECT_NEAR(s[1].fatigue, 12 * std::exp(-0.1), 1e-9);  // 10.8580
}

TEST(FitnessFatigue, ADeloadLetsReadinessRise) {
    // Three weeks of daily load 10, then a week of 2: fatigue (tau 7) falls faster than
    // fitness (tau 42), so readiness at the end of the light week beats its start.
    std::vector<double> loads(21, 10.0);
    loads.insert(loads.end(), 7, 2.0);
    const auto s = simulate_fitness_fatigue(loads, FitnessFatigueParams{});
    EXPECT_GT(s[28].readiness, s[21].readiness);
    EXPECT_LT(s[28].fatigue, s[21].fatigue);
}

TEST(SessionDays, SpreadAndExplicit) {
    Week week;
    for (int i = 0; i < 3; ++i) week.sessions.push_back(Session{"S" + std::to_string(i), 0, {}});
    EXPECT_EQ(session_days(week), (std::vector<int>{1, 3, 5}));
    week.sessions.push_back(Session{"S3", 0, {}});
    EXPECT_EQ(session_days(week), (std::vector<int>{1, 2, 4, 5}));
    week.sessions[1].day = 7;
    EXPECT_EQ(session_days(week), (std::vector<int>{1, 7, 4, 5}));
    EXPECT_STREQ(day_name(3), "Wed");
    EXPECT_STREQ(day_full_name(7), "Sunday");
}

}  // namespace
}  // namespace proximity::plan
