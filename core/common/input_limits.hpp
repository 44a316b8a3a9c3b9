#pragma once
// The limits every input meets before any code reads it, whatever the method, and
// whether it came as JSON text or as an object the JS facade turned into text. They are
// checked on the text by a non-recursive scan (check_input_text), so nothing deeper,
// larger or longer than this ever reaches the parser or the recursive code after it
// (copying, dumping and reading nlohmann::json values recurse once per level).
#include <cstddef>
#include <string>

namespace proximity {

// JSON nested more than this many levels ({"a":[{...}]} is 3) is refused. The deepest
// document the core reads is a plan: plan.weeks[].sessions[].exercises[].sets[] plus a
// rule condition (at most 12 levels, core/policy/condition.hpp); 64 leaves room to spare
// and keeps every recursion far from the WASM stack (which overflows near 3,800 levels).
constexpr int kMaxNesting = 64;

// The largest input text, in bytes: twice the largest file a person imports (a training
// history, core/history/history_limits.hpp kMaxImportBytes, 24 MB), so that a file at its
// limit still fits once JSON-escaped into {"text": "..."}. It also holds the largest
// history document (history_limits.hpp checks both).
constexpr std::size_t kMaxInputBytes = 48u * 1024u * 1024u;

// The largest plan or rule set file a person imports: ten times the largest plan the
// planner can hold (kMaxPlanSets sets, pretty-printed).
constexpr std::size_t kMaxFileBytes = 4u * 1024u * 1024u;

// The most JSON values (numbers, strings, objects, ...) in one input. The largest history
// (100,000 sets of up to 20 values with their exercise entries) is at most 2,000,000;
// this stops a list of millions of ids or sets before it is parsed, whatever its byte size.
constexpr std::size_t kMaxInputValues = 2500000;

// Throws InputError if `text` breaks one of the limits above, or holds a number outside
// the range of a double (e.g. 1e400), naming the field where it happens ("weeks[0].sets").
// `field` names the text itself in the error when it is over kMaxInputBytes or `max_bytes`.
void check_input_text(const std::string& text, const std::string& field = "",
                      std::size_t max_bytes = kMaxInputBytes);

// The errors of those limits, also for inputs that do not come as text (the calculator
// module reads JS values, wasm/js_input.cpp): `where` names the place ("weeks[0].sets").
[[noreturn]] void throw_too_large(const std::string& field, std::size_t max_bytes = kMaxInputBytes);
[[noreturn]] void throw_too_many_values(const std::string& where);
[[noreturn]] void throw_nested_too_deep(const std::string& where);

}  // namespace proximity
