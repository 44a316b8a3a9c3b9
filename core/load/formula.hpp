#pragma once
// The published one-rep-max equations and the RTS-style RPE chart, each expressed as
// the fraction of 1RM that can be lifted for `r` reps to failure. e1RM = load / fraction;
// load for a target = e1RM * fraction. Sources: core/load/README.md.
#include "core/common/enum_names.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace proximity::load {

enum class Formula { Epley, Brzycki, Lander, Lombardi, Mayhew, OConner, Wathen, RpeChart };

constexpr std::array<Formula, 8> kAllFormulas = {
    Formula::Epley,  Formula::Brzycki, Formula::Lander, Formula::Lombardi,
    Formula::Mayhew, Formula::OConner, Formula::Wathen, Formula::RpeChart};

constexpr Formula kDefaultFormula = Formula::Epley;

// Reps to failure above which the equations diverge: Reynolds, Gordon & Robergs 2006
// advise no more than 10 reps for prediction equations.
constexpr double kReliableRepsToFailure = 10.0;

// An equation is refused where it puts the load under half the 1RM (a modelling choice:
// no equation was fitted to sets that light, and Brzycki and Lander run to a pole, at
// r = 37 and r = 37.9, so they exploded long before it). Per formula this means:
// Brzycki refused above 19 reps to failure, Lander above 19.2, Epley above 30, O'Conner
// above 40; Wathen above 50.7; Lombardi and Mayhew never fall that low.
constexpr double kMinFraction = 0.5;

const char* formula_name(Formula f);
std::optional<Formula> formula_from_name(const std::string& name);
std::string formula_names_list();  // "epley, brzycki, ..." for error messages
// The name a person reads: the equation's authors ("Mayhew et al."), short where space
// is short ("Mayhew"); every page and the widget take them from px.describe().
const char* formula_label(Formula f);
std::vector<EnumLabel> formula_labels();

// Fraction of 1RM (0-1] liftable for `reps_to_failure` reps, or nullopt where the
// formula is refused (under kMinFraction, the RPE chart beyond 16 reps to failure).
// A single to failure is the 1RM itself: every formula returns 1 at r = 1, and runs
// continuously from there (linear to the equation's value at r = 2, the equation beyond).
std::optional<double> fraction_of_one_rep_max(Formula f, double reps_to_failure);

}  // namespace proximity::load
