// kg <-> lb with the exact international pound.
#include "core/units/unit.hpp"

#include <gtest/gtest.h>

namespace proximity::units {
namespace {

TEST(Units, PoundIsExactly0_45359237Kg) {
    EXPECT_DOUBLE_EQ(convert(100, Unit::Lb, Unit::Kg), 45.359237);
    EXPECT_DOUBLE_EQ(convert(45, Unit::Lb, Unit::Kg), 20.41165665);
    EXPECT_NEAR(convert(20, Unit::Kg, Unit::Lb), 44.0924524, 1e-7);
    EXPECT_NEAR(convert(1, Unit::Kg, Unit::Lb), 2.2046226218, 1e-10);
}

TEST(Units, SameUnitAndRoundTrip) {
    EXPECT_EQ(convert(102.5, Unit::Kg, Unit::Kg), 102.5);
    EXPECT_NEAR(convert(convert(137.5, Unit::Kg, Unit::Lb), Unit::Lb, Unit::Kg), 137.5, 1e-12);
}

TEST(Units, Names) {
    EXPECT_STREQ(unit_name(Unit::Kg), "kg");
    EXPECT_STREQ(unit_name(Unit::Lb), "lb");
    EXPECT_EQ(unit_from_name("lb"), Unit::Lb);
    EXPECT_FALSE(unit_from_name("stone").has_value());
    EXPECT_FALSE(unit_from_name("KG").has_value());
}

}  // namespace
}  // namespace proximity::units
