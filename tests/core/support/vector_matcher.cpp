#include "core/support/vector_matcher.hpp"

#include "core/api/engine.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace proximity::testing {

using nlohmann::json;

std::string Vector::name() const {
    return std::filesystem::path(file).stem().string() + ": " + spec.value("name", "?");
}

std::string vector_test_name(const ::testing::TestParamInfo<Vector>& info) {
    std::string n = info.param.name();
    for (char& c : n)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return n + "_" + std::to_string(info.index);
}

std::vector<Vector> load_all_vectors() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(PROXIMITY_VECTORS_DIR))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<Vector> out;
    for (const auto& f : files) {
        std::ifstream in(f);
        json doc = json::parse(in);
        for (const auto& spec : doc.at("vectors")) out.push_back({f.string(), spec});
    }
    return out;
}

std::string json_mismatch(const json& expected, const json& actual, double tolerance,
                     const std::string& where) {
    if (expected.is_number()) {
        if (!actual.is_number()) return where + ": expected a number, got " + actual.dump();
        const double e = expected.get<double>(), a = actual.get<double>();
        if (std::fabs(e - a) > tolerance) {
            std::ostringstream msg;
            msg.precision(10);
            msg << where << ": expected " << e << " +/- " << tolerance << ", got " << a;
            return msg.str();
        }
        return "";
    }
    if (expected.is_object()) {
        if (!actual.is_object()) return where + ": expected an object, got " + actual.dump();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (!actual.contains(it.key())) return where + "." + it.key() + ": missing";
            auto m = json_mismatch(it.value(), actual.at(it.key()), tolerance, where + "." + it.key());
            if (!m.empty()) return m;
        }
        return "";
    }
    if (expected.is_array()) {
        if (!actual.is_array() || actual.size() != expected.size())
            return where + ": expected " + expected.dump() + ", got " + actual.dump();
        for (size_t i = 0; i < expected.size(); ++i) {
            auto m = json_mismatch(expected[i], actual[i], tolerance, where + "[" + std::to_string(i) + "]");
            if (!m.empty()) return m;
        }
        return "";
    }
    if (expected != actual) return where + ": expected " + expected.dump() + ", got " + actual.dump();
    return "";
}

namespace {

// The vector's call through a fresh engine's call() (the same entry the WASM build has),
// after its optional setup calls (e.g. loading a rule set), which must succeed: the
// answer's envelope, or null with `failure` saying which setup call failed.
json call_vector(const Vector& v, std::string& failure) {
    api::Engine engine;
    for (const auto& step : v.spec.value("setup", json::array())) {
        json out = json::parse(engine.call(step.at("method"), step.value("input", json::object()).dump()));
        if (!out.at("ok").get<bool>()) {
            failure = "setup " + step.at("method").get<std::string>() + " failed: " + out.dump();
            return json();
        }
    }
    return json::parse(engine.call(v.spec.at("method"), v.spec.value("input", json::object()).dump()));
}

}  // namespace

json answer_of(const Vector& v) {
    std::string failure;
    const json out = call_vector(v, failure);
    return failure.empty() && out.at("ok").get<bool>() ? out.at("result") : json();
}

std::string run_vector(const Vector& v) {
    std::string failure;
    const json out = call_vector(v, failure);
    if (!failure.empty()) return failure;
    const double tol = v.spec.value("tolerance", 1e-6);
    if (v.spec.contains("error")) {
        if (out.at("ok").get<bool>()) return "expected an error, got " + out.dump();
        return json_mismatch(v.spec.at("error"), out.at("error"), tol, "error");
    }
    if (!out.at("ok").get<bool>()) return "unexpected error: " + out.dump();
    return json_mismatch(v.spec.at("expect"), out.at("result"), tol);
}

}  // namespace proximity::testing
