#pragma once
// A method of the JSON API: a name the JS facade exposes as px.<name>(input), the builds
// that carry it, its handler, and the description of its input and output fields
// (core/shapes/field.hpp). Every method is listed once, in core/api/method_table.hpp;
// each program links one registry that takes the rows of its build from there
// (core/api/registry_*.cpp).
//
// Before a handler runs, the engine checks the input's top-level fields against the
// method's description (core/api/field_check.hpp): a handler reads its fields without
// listing them again. Every handler has one signature (core/api/call.hpp): it is given
// its input and a Call, through which it reads or changes the engine's state and gives
// its answer.
#include "core/shapes/field.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <memory>

namespace proximity::api {

using shapes::Field;
using shapes::Fields;
using shapes::FieldType;
using shapes::field_type_name;

struct EngineState;

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

class Call;
using Handler = void (*)(const nlohmann::json& input, Call& call);
// A check of a whole document that comes before the field checks (a plan's version:
// a plan from a newer app may carry fields this build does not know).
using DocumentCheck = void (*)(const nlohmann::json& input);

struct Method {
    const char* name = "";
    unsigned builds = 0;
    Handler handler = nullptr;
    Fields input;                         // its input fields (the engine checks them, refuses others)
    Fields output;                        // what it answers
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
