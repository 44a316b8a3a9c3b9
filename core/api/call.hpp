#pragma once
// What a handler is given with its input: the engine's state and where its answer goes.
// Every handler has the one signature `void (const nlohmann::json& input, Call& call)`.
//
// The state: state() reads it, built on first use (the rule set and exercise library are
// parsed then, not at startup); changing_state() gives a copy, which the engine keeps
// only when the handler returns, so a call that fails half way changes nothing. A
// handler that asks for neither needs no state, and links none: the calculator module's
// handlers never ask, so it carries no exercise library or rule set (both functions are
// defined in core/api/engine_state.cpp).
//
// The answer: either written value by value through writer() (core/common/answer_writer.hpp),
// or given whole to answer() as a document, which goes where the caller wants it with no
// detour: dumped into the answer's text (Engine::call), moved into the caller's document
// (Engine::call_json), or walked into JS objects (Engine::answer).
#include "core/api/method.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace proximity {
class AnswerWriter;
}  // namespace proximity

namespace proximity::api {

// Where a whole-document answer goes; null members mean "write it value by value".
struct AnswerTarget {
    std::string* text = nullptr;         // appended as JSON text
    nlohmann::json* document = nullptr;  // moved into
};

class Call {
public:
    Call(SharedState& kept, AnswerWriter& out, AnswerTarget target = {}) : kept_(kept), out_(out), target_(target) {}

    const EngineState& state();
    EngineState& changing_state();

    AnswerWriter& writer() { return out_; }
    // The whole answer at once (a handler calls this, or writes through writer(), not both).
    void answer(nlohmann::json&& document);
    void answer(const nlohmann::json& document);

    // By the engine once the handler has returned: a changed state replaces the kept one.
    void keep_changes() {
        if (changed_) kept_ = std::move(changed_);
    }

private:
    SharedState& kept_;
    std::shared_ptr<EngineState> changed_;
    AnswerWriter& out_;
    AnswerTarget target_;
};

}  // namespace proximity::api
