// The next set's load from the set just logged, and the rest timer's defaults
// (core/history/next_set_load, rest_defaults; core/api/history_api).
#include "core/exercise/exercise_library.hpp"
#include "core/history/next_set_load.hpp"
#include "core/history/rest_defaults.hpp"

#include <gtest/gtest.h>

namespace proximity::history {
namespace {

NextSetRequest bench(double load, int reps, double rir, bool failure = false) {
    NextSetRequest r;
    r.load = load;
    r.done = {static_cast<double>(reps), failure ? 0.0 : rir};
    r.failure = failure;
    r.target = {8, 2};
    r.equipment = load::default_equipment(load::EquipmentType::Barbell, units::Unit::Kg);
    return r;
}

TEST(NextSetLoad, AsPlannedTheLoadStays) {
    // 100 x 8 @ RIR 2: Epley e1RM = 100 (1 + 10/30) = 133.33; 8 @ 2 is 100 again.
    NextSetRequest r = bench(100, 8, 2);
    r.e1rm_before = 133.333333;
    const NextSetLoad n = next_set_load(r);
    EXPECT_NEAR(n.e1rm, 133.333, 1e-3);
    EXPECT_NEAR(n.load, 100, 1e-6);
    EXPECT_DOUBLE_EQ(n.rounded.load, 100);
    EXPECT_NE(n.reason.find("as expected"), std::string::npos) << n.reason;
    EXPECT_NE(n.reason.find("the same as the last set"), std::string::npos) << n.reason;
}

TEST(NextSetLoad, MoreRepsToFailureRaiseTheNextLoad) {
    // 100 x 12 to failure: e1RM = 100 (1 + 12/30) = 140; 8 @ 2 -> 140 / (1 + 10/30) = 105.
    NextSetRequest r = bench(100, 12, 0, true);
    r.e1rm_before = 133.333333;
    const NextSetLoad n = next_set_load(r);
    EXPECT_NEAR(n.e1rm, 140, 1e-6);
    EXPECT_NEAR(*n.change, 6.667, 1e-3);
    EXPECT_NEAR(n.load, 105, 1e-6);
    EXPECT_DOUBLE_EQ(n.rounded.load, 105);  // 20 bar + 25 + 15 + 2.5 a side
    EXPECT_EQ(n.reason,
              "Your last set (100 kg x 12 to failure) puts your e1RM at 140 kg, 5% above the 133.33 kg it was "
              "(the set went better than expected); for 8 reps at RIR 2 the next load is 105 kg, 5 kg more than "
              "the last set.");
}

TEST(NextSetLoad, AHarderSetLowersItRoundedToThePlates) {
    // 100 x 6 @ RIR 1: e1RM = 100 (1 + 7/30) = 123.33; 8 @ 2 -> 92.5 -> 92.5 (20 + 36.25 a side).
    const NextSetLoad n = next_set_load(bench(100, 6, 1));
    EXPECT_NEAR(n.e1rm, 123.333, 1e-3);
    EXPECT_NEAR(n.load, 92.5, 1e-6);
    EXPECT_DOUBLE_EQ(n.rounded.load, 92.5);
    EXPECT_NE(n.reason.find("7.5 kg less than the last set"), std::string::npos) << n.reason;
}

TEST(RestDefaults, ByClassAndSetType) {
    EXPECT_EQ(rest_seconds(RestClass::HeavyCompound, SetType::Working), 180);
    EXPECT_EQ(rest_seconds(RestClass::Compound, SetType::Failure), 120);
    EXPECT_EQ(rest_seconds(RestClass::Isolation, SetType::Working), 90);
    EXPECT_EQ(rest_seconds(RestClass::HeavyCompound, SetType::RestPause), 15);
    EXPECT_EQ(rest_seconds(RestClass::Isolation, SetType::Warmup), 60);
    const auto lib = exercise::ExerciseLibrary::builtin();
    EXPECT_EQ(rest_class_of(*lib.find("back-squat")), RestClass::HeavyCompound);
    EXPECT_EQ(rest_class_of(*lib.find("leg-press")), RestClass::Compound);
    EXPECT_EQ(rest_class_of(*lib.find("lateral-raise")), RestClass::Isolation);
}

}  // namespace
}  // namespace proximity::history
