#pragma once
// nextInSession's input: the session's exercises as far as it has gone, the one a set was
// just logged for, and that set's rest (core/session/session_order.hpp).
#include "core/session/session_order.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace proximity::session {

struct SessionSoFar {
    std::vector<OrderedExercise> exercises;
    int logged = 0;
    int rest = 0;
};
SessionSoFar read_session_so_far(const nlohmann::json& input);

}  // namespace proximity::session
