#include "core/api/load_api.hpp"

#include "core/common/input_error.hpp"
#include "core/common/json_fields.hpp"
#include "core/load/load_table.hpp"
#include "core/load/one_rep_max.hpp"
#include "core/load/target_load.hpp"

namespace proximity::api {

using nlohmann::json;
using namespace proximity::load;

namespace {

constexpr double kMaxLoad = 10000.0;  // kg or lb; anything above is a typo

Formula read_formula(const json& in) {
    auto name = fields::read_optional_string(in, "formula", "");
    if (!name) return kDefaultFormula;
    auto f = formula_from_name(*name);
    if (!f) throw InputError("formula", "formula must be one of " + formula_names_list() + " (got \"" + *name + "\")");
    return *f;
}

std::string read_unit(const json& in) {
    return fields::read_enum_or(in, "unit", "", {"kg", "lb"}, "kg");
}

double read_positive_load(const json& in, const std::string& name) {
    const double v = fields::read_number(in, name, "", 0.0, kMaxLoad);
    if (v <= 0.0) throw InputError(name, name + " must be greater than 0");
    return v;
}

json by_formula_json(const OneRepMaxEstimate& est) {
    json out = json::object();
    for (size_t i = 0; i < kAllFormulas.size(); ++i)
        out[formula_name(kAllFormulas[i])] = est.by_formula[i] ? json(*est.by_formula[i]) : json(nullptr);
    return out;
}

}  // namespace

json estimate_one_rep_max(EngineState&, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const double load = read_positive_load(in, "load");
    const Effort effort = read_effort(in);
    const Formula formula = read_formula(in);
    const std::string unit = read_unit(in);
    const OneRepMaxEstimate est = load::estimate_one_rep_max(load, effort, formula);
    return json{{"e1rm", est.e1rm},
                {"formula", formula_name(est.formula)},
                {"unit", unit},
                {"repsToFailure", effort.reps_to_failure()},
                {"byFormula", by_formula_json(est)},
                {"warnings", est.warnings}};
}

json load_for_target(EngineState&, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const double e1rm = read_positive_load(in, "e1rm");
    const Effort target = read_effort(in);
    const Formula formula = read_formula(in);
    const std::string unit = read_unit(in);
    const TargetLoad t = load::target_load(e1rm, target, formula);
    return json{{"load", t.load},
                {"percent", t.percent},
                {"formula", formula_name(formula)},
                {"unit", unit},
                {"warnings", t.warnings}};
}

}  // namespace proximity::api

namespace proximity::api {

json load_table(EngineState&, const json& raw) {
    const json& in = fields::require_object(raw, "");
    const double e1rm = read_positive_load(in, "e1rm");
    const Formula formula = read_formula(in);
    const std::string unit = read_unit(in);
    const int max_reps = fields::read_int_or(in, "maxReps", "", 1, load::kMaxReps, 12);
    const load::LoadTable table = load::load_table(e1rm, formula, max_reps);
    json rows = json::array();
    for (const auto& row : table.rows) {
        json loads = json::array();
        for (const auto& l : row.loads) loads.push_back(l ? json(*l) : json(nullptr));
        rows.push_back({{"reps", row.reps}, {"loads", loads}});
    }
    return json{{"e1rm", e1rm}, {"formula", formula_name(formula)}, {"unit", unit},
                {"rir", table.rir_columns}, {"rows", rows}};
}

}  // namespace proximity::api
