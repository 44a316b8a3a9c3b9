// Rounding to loadable weights: the exact plate search (limited inventories, fewest
// plates), nearest/down, loads that cannot be made, dumbbells and machines.
#include "core/common/input_error.hpp"
#include "core/load/load_rounding.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace proximity::load {
namespace {

using units::Unit;

Equipment barbell(double bar, std::vector<PlateStock> plates) {
    Equipment e;
    e.type = EquipmentType::Barbell;
    e.bar = bar;
    e.plates = std::move(plates);
    return e;
}

std::vector<PlatesOnSide> side(std::vector<PlatesOnSide> p) { return p; }

bool same(const std::vector<PlatesOnSide>& a, const std::vector<PlatesOnSide>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].weight != b[i].weight || a[i].count != b[i].count) return false;
    return true;
}

std::string text(const std::vector<PlatesOnSide>& plates) {
    std::string s;
    for (const auto& p : plates) s += std::to_string(p.count) + "x" + std::to_string(p.weight) + " ";
    return s;
}

TEST(PlateLoader, DefaultKgPlatesLoad100As25Plus15) {
    const LoadRounder r(default_equipment(EquipmentType::Barbell, Unit::Kg), Unit::Kg);
    const RoundedLoad out = r.round(100, RoundingMode::Nearest);
    EXPECT_EQ(out.load, 100);
    EXPECT_TRUE(out.exact);
    EXPECT_TRUE(same(out.plates, side({{25, 1}, {15, 1}}))) << text(out.plates);
    EXPECT_TRUE(out.warnings.empty());
}

TEST(PlateLoader, DefaultLbPlatesLoad225AsTwo45sASide) {
    const LoadRounder r(default_equipment(EquipmentType::Barbell, Unit::Lb), Unit::Lb);
    const RoundedLoad out = r.round(225, RoundingMode::Nearest);
    EXPECT_EQ(out.load, 225);
    EXPECT_TRUE(same(out.plates, side({{45, 2}}))) << text(out.plates);
    // 137.5 lb needs 46.25 a side; with 2.5 lb the smallest plate the choice is 45 or
    // 47.5 a side (135 or 140 lb), a tie, which goes to the lighter load.
    EXPECT_EQ(r.round(137.5, RoundingMode::Nearest).load, 135);
    EXPECT_EQ(r.round(137.6, RoundingMode::Nearest).load, 140);
}

TEST(PlateLoader, ExactSearchBeatsGreedyWithALimitedInventory) {
    // 80 kg = 30 a side. Greedy takes the 25 and is stuck 5 short; 15 + 15 makes it.
    const LoadRounder r(barbell(20, {{25, 2}, {15, 4}}), Unit::Kg);
    const RoundedLoad out = r.round(80, RoundingMode::Nearest);
    EXPECT_EQ(out.load, 80);
    EXPECT_TRUE(same(out.plates, side({{15, 2}}))) << text(out.plates);
    EXPECT_TRUE(out.warnings.empty());
}

TEST(PlateLoader, PrefersFewestPlatesThenHeavierPlates) {
    // 60 kg = 20 a side: one 20 rather than 10 + 10 or 15 + 5.
    const LoadRounder r(barbell(20, {{20, 2}, {15, 2}, {10, 4}, {5, 2}}), Unit::Kg);
    EXPECT_TRUE(same(r.round(60, RoundingMode::Nearest).plates, side({{20, 1}})));
    // 30 a side: 20 + 10 (two plates) beats 15 + 10 + 5 (three).
    EXPECT_TRUE(same(r.round(80, RoundingMode::Nearest).plates, side({{20, 1}, {10, 1}})));
}

TEST(PlateLoader, OddCountsLoadInPairsOnly) {
    // Three 20s are one pair plus a spare: 100 kg (40 a side) cannot be made.
    const LoadRounder r(barbell(20, {{20, 3}}), Unit::Kg);
    const RoundedLoad out = r.round(100, RoundingMode::Nearest);
    EXPECT_EQ(out.load, 60);
    ASSERT_EQ(out.warnings.size(), 1u);
    EXPECT_EQ(out.warnings[0], "100 kg is more than your plates can load; the heaviest is 60 kg.");
}

TEST(PlateLoader, GapInTheInventoryIsReported) {
    // 20s and 1.25s only: 20, 22.5, 60, 62.5, 100, 102.5 kg. 65 is on the 2.5 grid but
    // cannot be made; the closest loadable is 62.5.
    const LoadRounder r(barbell(20, {{20, 4}, {1.25, 2}}), Unit::Kg);
    const RoundedLoad out = r.round(65, RoundingMode::Nearest);
    EXPECT_EQ(out.load, 62.5);
    ASSERT_EQ(out.warnings.size(), 1u);
    EXPECT_EQ(out.warnings[0], "Your plates cannot make 65 kg exactly; the closest you can load is 62.5 kg.");
    EXPECT_EQ(r.round(80, RoundingMode::Nearest).load, 62.5);   // 17.5 below, 20 above
    EXPECT_EQ(r.round(82, RoundingMode::Nearest).load, 100);
    EXPECT_EQ(r.round(99, RoundingMode::Down).load, 62.5);
}

TEST(PlateLoader, BelowTheEmptyBar) {
    const LoadRounder r(default_equipment(EquipmentType::Barbell, Unit::Kg), Unit::Kg);
    for (RoundingMode m : {RoundingMode::Nearest, RoundingMode::Down}) {
        const RoundedLoad out = r.round(12.5, m);
        EXPECT_EQ(out.load, 20);
        EXPECT_TRUE(out.plates.empty());
        ASSERT_EQ(out.warnings.size(), 1u);
        EXPECT_EQ(out.warnings[0], "12.5 kg is less than the empty bar; the lightest load is the bar alone, 20 kg.");
    }
}

TEST(PlateLoader, AboveEverythingTheDefaultsCanLoad) {
    const LoadRounder r(default_equipment(EquipmentType::Barbell, Unit::Kg), Unit::Kg);
    // 6 x 25 + 2 x (20 + 15 + 10 + 5 + 2.5 + 1.25) = 257.5 a side -> 535 kg.
    EXPECT_EQ(r.heaviest(), 535);
    const RoundedLoad out = r.round(600, RoundingMode::Nearest);
    EXPECT_EQ(out.load, 535);
    EXPECT_EQ(out.warnings.size(), 1u);
    // Just past the top rounds to it without a warning: unlimited plates would too.
    EXPECT_TRUE(r.round(536, RoundingMode::Nearest).warnings.empty());
    EXPECT_EQ(r.round(537.5, RoundingMode::Down).warnings.size(), 1u);
}

TEST(Rounding, NearestAndDownOnTheDefaultKgBar) {
    const LoadRounder r(default_equipment(EquipmentType::Barbell, Unit::Kg), Unit::Kg);
    EXPECT_EQ(r.round(121.62, RoundingMode::Nearest).load, 122.5);
    EXPECT_EQ(r.round(121.62, RoundingMode::Down).load, 120);
    EXPECT_EQ(r.round(121.25, RoundingMode::Nearest).load, 120);  // a tie goes lighter
    EXPECT_EQ(r.round(122.5, RoundingMode::Down).load, 122.5);
    EXPECT_TRUE(r.round(121.62, RoundingMode::Nearest).warnings.empty());
    EXPECT_FALSE(r.round(121.62, RoundingMode::Nearest).exact);
}

TEST(Rounding, NoPlatesMeansTheBarOnly) {
    const LoadRounder r(barbell(15, {}), Unit::Kg);
    EXPECT_EQ(r.round(15, RoundingMode::Nearest).load, 15);
    EXPECT_TRUE(r.round(15, RoundingMode::Nearest).warnings.empty());
    const RoundedLoad out = r.round(40, RoundingMode::Nearest);
    EXPECT_EQ(out.load, 15);
    EXPECT_EQ(out.warnings.size(), 1u);
}

TEST(Rounding, DumbbellList) {
    Equipment e;
    e.type = EquipmentType::Dumbbell;
    e.weights = {32.5, 10, 12.5, 15, 30};  // any order
    const LoadRounder r(e, Unit::Kg);
    EXPECT_EQ(r.round(13, RoundingMode::Nearest).load, 12.5);
    EXPECT_EQ(r.round(14, RoundingMode::Nearest).load, 15);
    EXPECT_EQ(r.round(29, RoundingMode::Down).load, 15);
    EXPECT_EQ(r.round(23, RoundingMode::Nearest).load, 30);  // 8 below, 7 above
    EXPECT_TRUE(r.round(23, RoundingMode::Nearest).warnings.empty());
    EXPECT_TRUE(r.round(23, RoundingMode::Nearest).plates.empty());
    const RoundedLoad heavy = r.round(40, RoundingMode::Nearest);
    EXPECT_EQ(heavy.load, 32.5);
    ASSERT_EQ(heavy.warnings.size(), 1u);
    EXPECT_EQ(heavy.warnings[0], "40 kg is heavier than the heaviest dumbbell, 32.5 kg.");
    const RoundedLoad light = r.round(5, RoundingMode::Down);
    EXPECT_EQ(light.load, 10);
    EXPECT_EQ(light.warnings[0], "5 kg is lighter than the lightest dumbbell, 10 kg.");
}

TEST(Rounding, DumbbellIncrementsByDefault) {
    const LoadRounder r(default_equipment(EquipmentType::Dumbbell, Unit::Lb), Unit::Lb);
    EXPECT_EQ(r.lightest(), 5);
    EXPECT_EQ(r.heaviest(), 100);
    EXPECT_EQ(r.round(47.4, RoundingMode::Nearest).load, 45);
    EXPECT_EQ(r.round(47.6, RoundingMode::Nearest).load, 50);
    EXPECT_EQ(r.round(49.9, RoundingMode::Down).load, 45);
    EXPECT_EQ(r.round(130, RoundingMode::Nearest).load, 100);
    EXPECT_EQ(r.round(130, RoundingMode::Nearest).warnings[0], "130 lb is heavier than the heaviest dumbbell, 100 lb.");
}

TEST(Rounding, MachineStack) {
    Equipment e;
    e.type = EquipmentType::Machine;
    e.increment = 7;
    e.min = 10;
    e.max = 78;  // 10, 17, ..., 73 (78 is not on the stack)
    const LoadRounder r(e, Unit::Kg);
    EXPECT_EQ(r.heaviest(), 73);
    EXPECT_EQ(r.round(30, RoundingMode::Nearest).load, 31);
    EXPECT_EQ(r.round(30, RoundingMode::Down).load, 24);
    EXPECT_EQ(r.round(73, RoundingMode::Nearest).load, 73);
    EXPECT_TRUE(r.round(73, RoundingMode::Nearest).warnings.empty());
    EXPECT_EQ(r.round(90, RoundingMode::Nearest).warnings[0], "90 kg is above the top of the stack, 73 kg.");
    EXPECT_EQ(r.round(4, RoundingMode::Nearest).warnings[0], "4 kg is below the machine's lightest setting, 10 kg.");
    // An open-ended stack never runs out.
    const LoadRounder open(default_equipment(EquipmentType::Machine, Unit::Kg), Unit::Kg);
    EXPECT_TRUE(std::isinf(open.heaviest()));
    EXPECT_EQ(open.round(1234, RoundingMode::Nearest).load, 1235);
    EXPECT_TRUE(open.round(1234, RoundingMode::Nearest).warnings.empty());
}

TEST(PlateLoader, RefusesAnInventoryTooFineToSearch) {
    // 0.001 kg steps up to 50 kg a side is 50,000 states, over the limit.
    try {
        PlateLoader loader(20, {{25, 4}, {0.001, 2}});
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.field(), "equipment.plates");
    }
}

}  // namespace
}  // namespace proximity::load
