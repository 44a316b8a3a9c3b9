#include "core/session/session_order.hpp"

#include <algorithm>
#include <stdexcept>

namespace proximity::session {

std::vector<Group> session_groups(const std::vector<OrderedExercise>& exercises) {
    std::vector<Group> groups;
    for (int i = 0; i < static_cast<int>(exercises.size()); ++i) {
        if (i > 0 && exercises[i].superset_with_previous) groups.back().last = i;
        else groups.push_back({i, i});
    }
    return groups;
}

namespace {

bool has_left(const OrderedExercise& x) { return x.done < x.planned; }

// The set just logged was the exercise's last planned one (not an extra set after them).
bool just_finished(const OrderedExercise& x) { return x.planned > 0 && x.done == x.planned; }

// The first exercise of the session with planned sets left, if any.
std::optional<int> first_open(const std::vector<OrderedExercise>& xs) {
    for (int i = 0; i < static_cast<int>(xs.size()); ++i)
        if (has_left(xs[i])) return i;
    return std::nullopt;
}

}  // namespace

NextStep next_step(const std::vector<OrderedExercise>& xs, int logged, int rest_seconds) {
    if (logged < 0 || logged >= static_cast<int>(xs.size())) throw std::out_of_range("logged");
    const std::vector<Group> groups = session_groups(xs);
    const Group g = *std::find_if(groups.begin(), groups.end(), [&](const Group& c) { return c.last >= logged; });
    NextStep step;
    if (!g.superset()) {
        step.rest_seconds = rest_seconds;
        step.exercise = just_finished(xs[logged]) ? first_open(xs).value_or(logged) : logged;
        return step;
    }
    int rounds = 0, longest = rest_seconds;
    for (int i = g.first; i <= g.last; ++i) {
        rounds = std::max(rounds, xs[i].planned);
        longest = std::max(longest, xs[i].rest_seconds);
    }
    // The round of the set just logged: its exercise's count so far.
    const int round = xs[logged].done;
    const int size = g.last - g.first + 1;
    for (int k = 1; k < size; ++k) {
        const int i = g.first + (logged - g.first + k) % size;  // the members after it, then those before
        if (has_left(xs[i]) && xs[i].done < round) {
            step.exercise = i;
            step.round = round;
            step.rounds = rounds;
            return step;  // the same round goes on at once
        }
    }
    step.round_done = true;
    step.rest_seconds = longest;
    int next = -1;  // the group's exercise furthest behind, the first of them in order
    for (int i = g.first; i <= g.last; ++i)
        if (has_left(xs[i]) && (next < 0 || xs[i].done < xs[next].done)) next = i;
    if (next >= 0) {
        step.exercise = next;
        step.round = xs[next].done + 1;
        step.rounds = rounds;
        return step;
    }
    step.exercise = just_finished(xs[logged]) ? first_open(xs).value_or(logged) : logged;
    return step;
}

}  // namespace proximity::session
