#pragma once
// The order of a session's sets: which exercise the lifter does next after a set, and how
// long to rest first. Exercises joined as a superset (plan::PlannedExercise::
// superset_with_previous) are done in alternation: after each set the next exercise of the
// group that has not yet done this round follows at once (no rest); when every member has
// done the round, one rest (the longest of the members' rests, a modelling choice: the
// round ends on the exercise that needs the most recovery) and the next round starts at
// the group's first exercise with sets left. An exercise on its own rests after each of its
// sets. When a set ends an exercise's (or group's) planned sets, the next is the first
// exercise of the session with planned sets left; after an extra set (past the plan, or on
// an exercise with none planned), or when nothing is left, the lifter stays where they are. Today's page renders what this decides (px.nextInSession).
#include <optional>
#include <vector>

namespace proximity::session {

struct OrderedExercise {
    int planned = 0;                      // planned sets (warm-ups included)
    int done = 0;                         // sets logged so far
    bool superset_with_previous = false;  // in one group with the exercise before it
    int rest_seconds = 0;                 // its rest after a set on its own
};

struct Group {
    int first = 0, last = 0;  // indices of its exercises, inclusive; first == last: on its own
    bool superset() const { return last > first; }
};

// The session's groups, in order (every exercise in exactly one).
std::vector<Group> session_groups(const std::vector<OrderedExercise>& exercises);

struct NextStep {
    int exercise = 0;      // the exercise to do next (the logged one when nothing else is left)
    int rest_seconds = 0;  // before it; 0: straight on (the next exercise of a superset round)
    bool round_done = false;  // a superset's round has just ended
    int round = 0, rounds = 0;  // in a superset: the round the next set belongs to, of how many (1-based); 0 outside one
};

// After a set of `logged` (already counted in its `done`), resting `rest_seconds` by its
// own (its set type and class). Throws std::out_of_range when `logged` is not an index.
NextStep next_step(const std::vector<OrderedExercise>& exercises, int logged, int rest_seconds);

}  // namespace proximity::session
