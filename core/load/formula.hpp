#pragma once
// The published one-rep-max equations and the RTS-style RPE chart, each expressed as
// the fraction of 1RM that can be lifted for `r` reps to failure. e1RM = load / fraction;
// load for a target = e1RM * fraction. Sources: core/load/README.md.
#include <array>
#include <optional>
#include <string>

namespace proximity::load {

enum class Formula { Epley, Brzycki, Lander, Lombardi, Mayhew, OConner, Wathan, RpeChart };

constexpr std::array<Formula, 8> kAllFormulas = {
    Formula::Epley,  Formula::Brzycki, Formula::Lander, Formula::Lombardi,
    Formula::Mayhew, Formula::OConner, Formula::Wathan, Formula::RpeChart};

constexpr Formula kDefaultFormula = Formula::Epley;

// Reps to failure above which the equations diverge (Reynolds et al. 2006).
constexpr double kReliableRepsToFailure = 12.0;

const char* formula_name(Formula f);
std::optional<Formula> formula_from_name(const std::string& name);
std::string formula_names_list();  // "epley, brzycki, ..." for error messages

// Fraction of 1RM (0-1] liftable for `reps_to_failure` reps, or nullopt where the
// formula is undefined (Brzycki at 37+, the RPE chart beyond 16 reps to failure).
// A single to failure is the 1RM itself: every formula returns 1 at r = 1.
std::optional<double> fraction_of_one_rep_max(Formula f, double reps_to_failure);

}  // namespace proximity::load
