#include "core/json/advice_json.hpp"

#include "core/shapes/policy_contract.hpp"

#include "core/policy/felt_target.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/json/exercise_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/target_range_json.hpp"
#include "core/load/effort.hpp"
#include "core/load/rir_calibration.hpp"
#include "core/policy/set_context_limits.hpp"

#include <algorithm>

namespace proximity::policy {

using nlohmann::json;

namespace {

int lo(const Limit& l) { return static_cast<int>(l.min); }
int hi(const Limit& l) { return static_cast<int>(l.max); }

const json& section(const json& in, const char* name) {
    static const json empty = json::object();
    if (!fields::has(in, name)) return empty;
    return fields::require_object(in.at(name), name);
}

const exercise::Exercise* read_exercise_ref(const json& in, const exercise::ExerciseLibrary& library,
                                            exercise::Exercise& inline_exercise) {
    if (!fields::has(in, "exercise"))
        throw_input_error("exercise", "exercise is required: an exercise id (see px.exercises()) or an exercise object");
    const json& e = in.at("exercise");
    if (e.is_object()) {
        inline_exercise = exercise::read_exercise(e, "exercise");
        return &inline_exercise;
    }
    if (!e.is_string()) throw_input_error("exercise", "exercise must be an exercise id or an exercise object");
    const exercise::Exercise* found = library.find(e.get<std::string>());
    if (!found) throw_input_error("exercise", "unknown exercise " + quoted_input(e.get<std::string>()) + " (see px.exercises())");
    return found;
}

void read_lifter(const json& in, SetContext& ctx) {
    const json& lifter = section(in, "lifter");
    fields::reject_unknown_fields(lifter, "lifter", shapes::kAdvisedLifter);
    ctx.status = *lifter_status_from_id(
        fields::read_enum_or(lifter, "status", "lifter", lifter_status_ids(), "intermediate"));
    if (fields::has(lifter, "calibration")) {
        // Other fields of a calibration result (sample counts, ...) are ignored.
        const json& c = fields::require_object(lifter.at("calibration"), "lifter.calibration");
        RirCalibration cal;
        cal.bias = fields::read_number_or(c, "bias", "lifter.calibration", load::kCalibrationBiasLimit.min,
                                          load::kCalibrationBiasLimit.max, 0);
        cal.spread = fields::read_number_or(c, "spread", "lifter.calibration", load::kCalibrationSpreadLimit.min,
                                            load::kCalibrationSpreadLimit.max, 0);
        ctx.calibration = cal;
    }
}

void read_set(const json& in, SetContext& ctx) {
    const json& set = section(in, "set");
    fields::reject_unknown_fields(set, "set", shapes::kAdvisedSet);
    auto index = fields::read_optional_int(set, "index", "set", lo(kSetsPerExerciseLimit), hi(kSetsPerExerciseLimit));
    auto of = fields::read_optional_int(set, "of", "set", lo(kSetsPerExerciseLimit), hi(kSetsPerExerciseLimit));
    ctx.set_count = of.value_or(index.value_or(1));
    ctx.set_index = index.value_or(1);
    if (ctx.set_index > ctx.set_count)
        throw_input_error("set.index", "set.index (" + std::to_string(ctx.set_index) + ") must not exceed set.of (" +
                                          std::to_string(ctx.set_count) + ")");
    ctx.target_reps = fields::read_int_or(set, "reps", "set", lo(kTargetRepsLimit), hi(kTargetRepsLimit), 8);
    ctx.percent_e1rm = fields::read_optional_number(set, "percentE1rm", "set", kPercentE1rmLimit.min, kPercentE1rmLimit.max);
}

void read_session(const json& in, SetContext& ctx) {
    const json& session = section(in, "session");
    fields::reject_unknown_fields(session, "session", shapes::kAdvisedSession);
    // session.safety names the setup; the older session.spotter (true = a spotter) still reads.
    static const std::vector<std::string> safeties = {"none", "pins", "spotter"};
    const bool spotter = fields::read_bool_or(session, "spotter", "session", false);
    const std::string safety = fields::read_enum_or(session, "safety", "session", safeties, spotter ? "spotter" : "none");
    ctx.safety = safety == "spotter" ? Safety::Spotter : safety == "pins" ? Safety::Pins : Safety::None;
    ctx.exercise_position = fields::read_int_or(session, "position", "session", lo(kExercisePositionLimit),
                                                 hi(kExercisePositionLimit), 1);
}

void read_phase(const json& in, SetContext& ctx) {
    static const std::vector<std::string> phases = phase_ids();
    if (!fields::has(in, "phase")) return;
    const json& p = in.at("phase");
    if (p.is_object()) {
        fields::reject_unknown_fields(p, "phase", shapes::kSetPhase);
        ctx.phase = *phase_from_id(fields::read_enum_or(p, "name", "phase", phases, "normal"));
        ctx.failure_block_week = fields::read_int_or(p, "week", "phase", lo(kFailureBlockWeekLimit), hi(kFailureBlockWeekLimit), 1);
    } else {
        ctx.phase = *phase_from_id(fields::read_enum_or(in, "phase", "", phases, "normal"));
        ctx.failure_block_week = 1;
    }
}

void read_fatigue(const json& in, SetContext& ctx) {
    const json& fatigue = section(in, "fatigue");
    fields::reject_unknown_fields(fatigue, "fatigue", shapes::kReportedFatigue);
    if (!fields::has(fatigue, "signs")) return;
    const json& signs = fatigue.at("signs");
    if (!signs.is_array()) throw_input_error("fatigue.signs", "fatigue.signs must be a list such as [\"performanceDrop\"]");
    for (size_t i = 0; i < signs.size(); ++i) {
        const std::string field = "fatigue.signs[" + std::to_string(i) + "]";
        const std::string sign = signs[i].is_string() ? signs[i].get<std::string>() : "";
        if (!is_fatigue_sign(sign))
            throw_input_error(field, field + " must be one of " + fatigue_signs_list() + " (got " + signs[i].dump() + ")");
        if (std::find(ctx.fatigue_signs.begin(), ctx.fatigue_signs.end(), sign) == ctx.fatigue_signs.end())
            ctx.fatigue_signs.push_back(sign);
    }
}

json technique_json(const TechniqueAdvice& t, const Advice& advice) {
    json out = json::object();
    out["id"] = technique_id(t.technique);
    out["name"] = technique_name(t.technique);
    out["allowed"] = t.allowed;
    out["blockedByVerdict"] = t.blocked_by_verdict;
    out["rule"] = t.rule ? json(t.rule->id) : json(nullptr);
    const TechniqueEffect* e = t.effect();
    out["limit"] = e && !e->limit.empty() ? json(e->limit) : json(nullptr);
    out["perSession"] = e && e->per_session ? json(e->per_session) : json(nullptr);
    std::string reason;
    if (t.blocked_by_verdict)
        reason = std::string("Ruled out: the verdict is ") + verdict_id(advice.verdict) +
                 (t.rule ? " (" + t.rule->title + ")" : std::string()) + ", and this goes to or past failure.";
    else if (t.rule)
        reason = t.rule->title;
    else
        reason = "No rule allows it for this set.";
    out["reason"] = reason;
    return out;
}

json reason_json(const Reason& r) {
    json sources = json::array();
    for (const Source& s : r.rule->sources) {
        json source = json::object();
        source["id"] = s.id;
        source["citation"] = s.citation;
        if (!s.authors.empty()) source["authors"] = s.authors;
        if (s.year) source["year"] = s.year;
        if (!s.title.empty()) source["title"] = s.title;
        if (!s.url.empty()) source["url"] = s.url;
        sources.push_back(std::move(source));
    }
    json out = json::object();
    out["rule"] = r.rule->id;
    out["title"] = r.rule->title;
    out["role"] = reason_role_id(r.role);
    out["priority"] = r.rule->priority;
    out["explanation"] = r.rule->explanation;
    out["sources"] = std::move(sources);
    return out;
}

}  // namespace

SetContext read_set_context(const json& raw, const exercise::ExerciseLibrary& library,
                            exercise::Exercise& inline_exercise) {
    const json& in = fields::require_object(raw, "");
    fields::reject_unknown_fields(in, "", shapes::kAdviseSetInput);
    SetContext ctx;
    ctx.exercise = read_exercise_ref(in, library, inline_exercise);
    read_lifter(in, ctx);
    read_set(in, ctx);
    read_session(in, ctx);
    read_phase(in, ctx);
    read_fatigue(in, ctx);
    ctx.weekly_sets = fields::read_number_or(in, "weeklySets", "", kWeeklySetsLimit.min, kWeeklySetsLimit.max, 0);
    ctx.weekly_frequency = fields::read_int_or(in, "frequency", "", lo(kWeeklyFrequencyLimit), hi(kWeeklyFrequencyLimit), 1);
    return ctx;
}

json advice_json(const Advice& advice, const SetContext& ctx, const RuleSet& rules) {
    json out = json::object();
    out["exercise"]["id"] = ctx.exercise->id;
    out["exercise"]["name"] = ctx.exercise->name;
    out["verdict"] = verdict_id(advice.verdict);
    out["verdictLabel"] = verdict_label(advice.verdict);
    out["targetRir"] = target_rir_json(advice.target_rir);
    out["targetRpe"] = target_rpe_json(advice.target_rir);
    // Targets shift, never widen: a biased lifter is told what to stop at by feel.
    if (ctx.calibration)
        if (const auto felt = felt_target(advice.target_rir, ctx.calibration->bias))
            out["felt"] = {{"targetRir", target_rir_json(felt->rir)}, {"words", felt->words}};
    json& techniques = out["techniques"] = json::array();
    for (Technique t : kAllTechniques)
        if (t != Technique::CalibrationTest) techniques.push_back(technique_json(advice.technique(t), advice));
    out["calibrationTest"] = technique_json(advice.technique(Technique::CalibrationTest), advice);
    json& reasons = out["reasons"] = json::array();
    json& ids = out["reasonIds"] = json::array();
    for (const Reason& r : advice.reasons) {
        reasons.push_back(reason_json(r));
        ids.push_back(r.rule->id);
    }
    out["ruleSet"]["name"] = rules.name();
    out["ruleSet"]["revision"] = rules.revision();
    return out;
}

}  // namespace proximity::policy
