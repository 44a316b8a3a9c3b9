// Condition evaluation: the hot path of advise_set, kept apart from the compiler
// (core/json/condition_json.cpp) so the WASM build can compile it for speed
// (wasm/CMakeLists.txt) while the rest stays small.
#include "core/policy/condition.hpp"

#include <algorithm>

namespace proximity::policy {

bool Condition::eval(uint16_t index, const Facts& facts) const noexcept {
    const Node& n = nodes_[index];
    const double v = facts[n.fact == Fact::Count_ ? Fact::ExerciseId : n.fact];
    // A comparison with an unknown fact is false (Exists asks about exactly that).
    const bool known = n.fact == Fact::Count_ || facts.has(n.fact);
    switch (n.kind) {
        case Kind::All:
            for (uint16_t c = index + 1; c < n.end; c = nodes_[c].end)
                if (!eval(c, facts)) return false;
            return true;
        case Kind::Any:
            for (uint16_t c = index + 1; c < n.end; c = nodes_[c].end)
                if (eval(c, facts)) return true;
            return false;
        case Kind::Not: return !eval(index + 1, facts);
        case Kind::Exists: return known == (n.value != 0);
        case Kind::Eq: return known && v == n.value;
        case Kind::Ne: return known && v != n.value;
        case Kind::Lt: return known && v < n.value;
        case Kind::Lte: return known && v <= n.value;
        case Kind::Gt: return known && v > n.value;
        case Kind::Gte: return known && v >= n.value;
        case Kind::ChoiceIn: return (n.choice_mask >> static_cast<unsigned>(v)) & 1u;
        case Kind::ChoiceNotIn: return !((n.choice_mask >> static_cast<unsigned>(v)) & 1u);
        case Kind::TextIn:
        case Kind::TextNotIn: {
            const auto& list = texts_[static_cast<size_t>(n.texts)];
            const bool found = facts.exercise_id &&
                               std::find(list.begin(), list.end(), *facts.exercise_id) != list.end();
            return (n.kind == Kind::TextIn) == found;
        }
    }
    return false;
}

}  // namespace proximity::policy
