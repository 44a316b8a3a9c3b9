// libFuzzer target: every method of the JSON API through Engine::call, which must answer
// every input with an envelope and never crash, leak, hang or hit undefined behaviour
// (the build adds AddressSanitizer and UndefinedBehaviorSanitizer).
//
// An input is "<method>\n<input JSON>" (tests/fuzz/corpus/, made from the shared vectors
// by tests/fuzz/make_corpus.mjs). A first line that is not a method name still picks a
// method (by its hash), so every mutation exercises one.
#include "core/api/engine.hpp"
#include "core/common/input_error.hpp"
#include "core/common/input_limits.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

namespace {

const std::vector<std::string>& names() {
    static const std::vector<std::string> all = proximity::api::Engine::method_names();
    return all;
}

std::string pick_method(const std::string& line) {
    for (const auto& n : names())
        if (n == line) return n;
    return names()[std::hash<std::string>{}(line) % names().size()];
}

// The bench methods run a workload as often as asked (benchRecompute: 1,000 times by
// default, up to 100,000 by design). The fuzzer runs them once: an input without
// "iterations" gets iterations 1, one with more than 1 is skipped, so that a slow input
// always means a real hang. Returns false to skip.
bool bounded_workload(const std::string& method, std::string& input) {
    if (method.rfind("bench", 0) != 0) return true;
    if (input.empty()) input = "{}";  // what the engine reads an empty input as
    try {
        proximity::check_input_text(input);  // nothing deeper than the core reads below
    } catch (const proximity::InputError&) {
        return true;  // the engine refuses it before any workload
    }
    auto j = nlohmann::json::parse(input, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return true;
    auto it = j.find("iterations");
    if (it == j.end()) {
        j["iterations"] = 1;
        input = j.dump();
        return true;
    }
    return !it->is_number() || it->get<double>() <= 1;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const size_t newline = text.find('\n');
    const std::string method = pick_method(text.substr(0, newline));
    std::string input = newline == std::string::npos ? "" : text.substr(newline + 1);
    if (!bounded_workload(method, input)) return 0;
    proximity::api::Engine engine;  // a fresh state per input: every finding reproduces
    const std::string answer = engine.call(method, input);
    // The answer is always a JSON envelope {"ok": true|false, ...}.
    const auto parsed = nlohmann::json::parse(answer, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("ok")) std::abort();
    // Bad input is an InputError in words (kind "input"); kind "internal" means some other
    // exception escaped a reader (a type the code did not check): a finding too. The kind
    // is a field of its own, so no input can forge it through the words of a message.
    if (!parsed["ok"].is_boolean()) std::abort();
    if (parsed["ok"].get<bool>()) return 0;
    const auto& error = parsed["error"];
    if (!error.is_object() || !error["kind"].is_string() || !error["message"].is_string()) std::abort();
    if (error["kind"] != "input") {
        std::fprintf(stderr, "internal error for %s: %s\n", method.c_str(), answer.c_str());
        std::abort();
    }
    return 0;
}
