#pragma once
// A method of the JSON API: a name the JS facade exposes as px.<name>(input), the builds
// that carry it, its handler, and the description of its input and output fields
// (core/shapes/field.hpp). Every method is listed once, in core/api/method_table.hpp;
// each program links one registry that takes the rows of its build from there
// (core/api/registry_*.cpp).
//
// Before a handler runs, the engine checks the input's top-level fields against the
// method's description (core/api/field_check.hpp): a handler reads its fields without
// listing them again, and checks their ranges, choices and nested fields itself.
//
// A handler that takes `EngineState&` may change the state, so it runs on a copy that
// replaces the state only if it succeeds. A handler that takes `const EngineState&`
// only reads it and runs on the state itself (no copy of the exercise library and rule
// set per call). A handler that takes only the input is pure: it needs no state, and
// the engine does not even build one for it. A handler that takes an `AnswerWriter&` is
// pure too and writes its answer value by value (core/common/answer_writer.hpp): as JSON
// text through call(), as JS objects through answer() in the calculator module, whose
// every method is one, so that module parses and writes no JSON text (Engine::answer).
//
// The engine knows EngineState only by name: building and copying it is done by
// run_with_state (core/api/engine_state.cpp), which only the stateful constructors
// below refer to. So a registry of pure methods (the calculator build) links no exercise
// library, rule set or their embedded JSON.
#include "core/shapes/field.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <memory>
#include <string>

namespace proximity {
class AnswerWriter;
}  // namespace proximity

namespace proximity::api {

using shapes::Field;
using shapes::Fields;
using shapes::FieldType;
using shapes::field_type_name;

struct EngineState;
struct Method;

// The builds a method is in (a bit set). A program links the registry of one build.
enum Build : unsigned {
    kCalculatorBuild = 1u,  // web/wasm/proximity-calculator: the calculator page, the widget's load modes
    kFullBuild = 2u,        // web/wasm/proximity-core and the native tests: every shipped method
    kBenchBuild = 4u,       // build/wasm-bench/proximity-bench (scripts/bench only): measurement methods
};
constexpr unsigned kShipped = kCalculatorBuild | kFullBuild | kBenchBuild;  // calculator methods: everywhere
constexpr unsigned kFullOnly = kFullBuild | kBenchBuild;
constexpr unsigned kBenchOnly = kBenchBuild;

// The engine's state between calls; null until a stateful method first needs it.
// Immutable once stored: a changing call stores a new one.
using SharedState = std::shared_ptr<const EngineState>;

using Handler = nlohmann::json (*)(EngineState& state, const nlohmann::json& input);
using ReadHandler = nlohmann::json (*)(const EngineState& state, const nlohmann::json& input);
using PureHandler = nlohmann::json (*)(const nlohmann::json& input);
using TextHandler = void (*)(const nlohmann::json& input, AnswerWriter& out);
using StateRunner = nlohmann::json (*)(const Method& method, SharedState& state, const nlohmann::json& input);
// Runs a row and appends its result to `out` as JSON text. Each kind of handler has its
// own, set by the constructor, so a program links the document serializer only when one
// of its rows answers with a document (core/api/document_text.cpp, writer_text.cpp and
// engine_state.cpp).
// A check of a whole document that comes before the field checks (a plan's version:
// a plan from a newer app may carry fields this build does not know).
using DocumentCheck = void (*)(const nlohmann::json& input);
using TextRunner = void (*)(const Method& method, SharedState& state, const nlohmann::json& input, std::string& out);

// Runs a handler or reader on `state`, building it on first use; `state` is replaced
// only when a handler succeeds (core/api/engine_state.cpp).
nlohmann::json run_with_state(const Method& method, SharedState& state, const nlohmann::json& input);
void run_with_state_to_text(const Method& method, SharedState& state, const nlohmann::json& input, std::string& out);
void run_pure_to_text(const Method& method, SharedState& state, const nlohmann::json& input, std::string& out);
void run_writer(const Method& method, SharedState& state, const nlohmann::json& input, std::string& out);

struct Method {
    constexpr Method() = default;
    constexpr Method(const char* method_name, unsigned in_builds, Handler h, Fields in, Fields out)
        : name(method_name), builds(in_builds), handler(h), with_state(&run_with_state),
          to_text(&run_with_state_to_text), input(in), output(out) {}
    constexpr Method(const char* method_name, unsigned in_builds, ReadHandler r, Fields in, Fields out)
        : name(method_name), builds(in_builds), reader(r), with_state(&run_with_state),
          to_text(&run_with_state_to_text), input(in), output(out) {}
    constexpr Method(const char* method_name, unsigned in_builds, PureHandler p, Fields in, Fields out)
        : name(method_name), builds(in_builds), pure(p), to_text(&run_pure_to_text), input(in), output(out) {}
    constexpr Method(const char* method_name, unsigned in_builds, TextHandler w, Fields in, Fields out)
        : name(method_name), builds(in_builds), writer(w), to_text(&run_writer), input(in), output(out) {}
    const char* name = "";
    unsigned builds = 0;
    Handler handler = nullptr;         // may change the state
    ReadHandler reader = nullptr;      // only reads it
    PureHandler pure = nullptr;        // does not use it
    TextHandler writer = nullptr;      // does not use it, and writes its answer as text
    StateRunner with_state = nullptr;  // how handler/reader get the state (null if pure)
    TextRunner to_text = nullptr;      // runs it and writes its answer as text
    Fields input;                      // its input fields (the engine checks them, refuses others)
    Fields output;                     // what it answers
    DocumentCheck check_first = nullptr;  // before the field checks (version_first)
};

// The row with `check` run before its field checks.
constexpr Method checked_first(Method m, DocumentCheck check) {
    m.check_first = check;
    return m;
}

// The methods of the build this program links (a view of its registry's rows).
struct MethodList {
    const Method* first = nullptr;
    std::size_t count = 0;
    const Method* begin() const { return first; }
    const Method* end() const { return first + count; }
};
MethodList all_methods();

// The build this program's registry serves (one Build bit).
unsigned this_build();

}  // namespace proximity::api
