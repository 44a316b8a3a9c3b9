#include "core/api/handlers.hpp"

#include "core/api/method.hpp"
#include "core/json/description_writer.hpp"

#include <vector>

namespace proximity::api {

using nlohmann::json;

namespace {

// Bumped when a published name or shape changes (not when a method or value is added).
constexpr int kDescribeVersion = 2;  // 2: inputs of several forms (inputForms)

const char* const kBuildNames[] = {"calculator", "full", "bench"};  // by Build bit

void write_builds(AnswerWriter& w, unsigned builds) {
    w.begin_array();
    for (unsigned bit = 0; bit < 3; ++bit)
        if (builds & (1u << bit)) w.string(kBuildNames[bit]);
    w.end_array();
}

void write_methods(AnswerWriter& w) {
    w.key("methods").begin_array();
    for (const auto& m : all_methods()) {
        w.begin_object().field("name", m.name).key("builds");
        write_builds(w, m.builds);
        write_fields(w, "input", "inputForms", m.input);
        write_fields(w, "output", "outputForms", m.output);
        w.field("outputList", m.output.list).end_object();
    }
    w.end_array();
}

}  // namespace

void describe(const json&, Call& call) {
    AnswerWriter& w = call.writer();
    unsigned build_bit = 0;
    while (!(this_build() & (1u << build_bit))) ++build_bit;
    w.begin_object().field("version", kDescribeVersion).field("build", kBuildNames[build_bit]);
    write_methods(w);
    write_enums(w);
    write_limits(w);
    std::vector<const shapes::Shape*> found;
    for (const auto& m : all_methods()) {
        collect_shapes(m.input, found);
        collect_shapes(m.output, found);
    }
    write_shapes(w, found);
    w.key("units").begin_array().string("kg").string("lb").end_array();
    w.end_object();
}

}  // namespace proximity::api
