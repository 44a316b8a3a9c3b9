#pragma once
// What the engine remembers between calls (e.g. the rule set in force, user exercises).
// Each domain adds its own member here; handlers get it by reference.

namespace proximity::api {

struct EngineState {
};

}  // namespace proximity::api
