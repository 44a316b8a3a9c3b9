#include "core/json/rule_set_json.hpp"

#include "core/shapes/policy_contract.hpp"
#include "core/common/quoted_text.hpp"

#include "core/common/input_error.hpp"
#include "core/common/kebab_id.hpp"
#include "core/common/text_length.hpp"
#include "core/json/condition_json.hpp"
#include "core/json/effect_json.hpp"
#include "core/json/json_fields.hpp"
#include "core/json/json_text.hpp"

namespace proximity::data {
extern const char* const k_rules_json;
}

namespace proximity::policy {

using nlohmann::json;

namespace {

constexpr size_t kMaxTextLength = 2000;

const Source* find_source(const std::vector<Source>& refs, const std::string& id) {
    for (const auto& r : refs)
        if (r.id == id) return &r;
    return nullptr;
}

std::string read_text(const json& obj, const std::string& key, const std::string& path, bool required) {
    auto text = fields::read_optional_string(obj, key, path);
    const std::string field = fields::path(path, key);
    if (!text) {
        if (required) throw_input_error(field, field + " is required");
        return "";
    }
    if (text->find_first_not_of(" \t\n") == std::string::npos || code_points(*text) > kMaxTextLength)
        throw_input_error(field, field + " must be 1 to " + std::to_string(kMaxTextLength) + " characters and not blank");
    return *text;
}

std::vector<Source> read_references(const json& doc) {
    std::vector<Source> refs;
    if (!fields::has(doc, "references")) return refs;
    const json& list = doc.at("references");
    if (!list.is_array()) throw_input_error("references", "references must be a list of {id, citation}");
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string path = "references[" + std::to_string(i) + "]";
        const json& r = fields::require_object(list[i], path);
        fields::reject_unknown_fields(r, path, shapes::kReference);
        const std::string id = fields::read_string(r, "id", path);
        if (!is_kebab_id(id)) throw_input_error(path + ".id", "reference id " + quoted_input(id) + " must be kebab-case, e.g. \"grgic-2022\"");
        if (find_source(refs, id)) throw_input_error(path + ".id", "reference id " + quoted_input(id) + " is used twice");
        Source source;
        source.id = id;
        source.citation = read_text(r, "citation", path, true);
        source.authors = read_text(r, "authors", path, false);
        source.year = fields::read_int_or(r, "year", path, 1900, 2100, 0);
        source.title = read_text(r, "title", path, false);
        source.url = read_text(r, "url", path, false);
        if (!source.url.empty() && source.url.rfind("https://", 0) != 0)
            throw_input_error(path + ".url", path + ".url must be an https:// link");
        refs.push_back(std::move(source));
    }
    return refs;
}

Rule read_rule(const json& value, const std::string& path, const std::vector<Source>& refs) {
    const json& r = fields::require_object(value, path);
    if (value.is_null()) throw_input_error(path, path + " must be a rule object");
    fields::reject_unknown_fields(r, path, shapes::kRule);
    Rule rule;
    rule.id = fields::read_string(r, "id", path);
    if (!is_kebab_id(rule.id))
        throw_input_error(path + ".id", "rule id " + quoted_input(rule.id) + " must be kebab-case (lowercase letters, digits, single hyphens), e.g. \"deload-no-failure\"");
    rule.title = read_text(r, "title", path, false);
    if (rule.title.empty()) rule.title = rule.id;
    rule.priority = fields::read_int(r, "priority", path, 0, 1000);
    if (!fields::has(r, "condition")) throw_input_error(path + ".condition", path + ".condition is required ({\"all\": []} always holds)");
    rule.condition = read_condition(r.at("condition"), path + ".condition");
    if (!fields::has(r, "effect")) throw_input_error(path + ".effect", path + ".effect is required");
    rule.effect = read_effect(r.at("effect"), path + ".effect");
    rule.explanation = read_text(r, "explanation", path, true);
    const std::string sources_path = path + ".sources";
    if (!fields::has(r, "sources") || !r.at("sources").is_array() || r.at("sources").empty())
        throw_input_error(sources_path, sources_path + " must list at least one reference id (from \"references\")");
    const json& sources = r.at("sources");
    for (size_t i = 0; i < sources.size(); ++i) {
        const std::string item = sources_path + "[" + std::to_string(i) + "]";
        const Source* found = sources[i].is_string() ? find_source(refs, sources[i].get<std::string>()) : nullptr;
        if (!found)
            throw_input_error(item, item + " (" + sources[i].dump() + ") is not the id of an entry in \"references\"");
        rule.sources.push_back(*found);
    }
    return rule;
}

}  // namespace

RuleSet RuleSet::builtin() {
    static const RuleSet rules = read_rule_set(parse_json(data::k_rules_json));
    return rules;
}

RuleSet read_rule_set(const json& doc) {
    if (!doc.is_object()) throw_input_error("", "a rule set must be a JSON object with \"format\", \"version\" and \"rules\"");
    fields::reject_unknown_fields(doc, "", shapes::kRuleSetDocument);
    if (fields::read_string(doc, "format", "") != "proximity-rules")
        throw_input_error("format", "format must be \"proximity-rules\"");
    const int version = fields::read_int(doc, "version", "", 1, 1000);
    if (version != RuleSet::kFormatVersion)
        throw_input_error("version", "rule set version " + std::to_string(version) + " is not supported (this build reads version " +
                                        std::to_string(RuleSet::kFormatVersion) + ")");
    std::string name = read_text(doc, "name", "", false);
    std::string revision = read_text(doc, "revision", "", false);
    const auto refs = read_references(doc);
    if (!fields::has(doc, "rules") || !doc.at("rules").is_array())
        throw_input_error("rules", "rules must be a list of rules");
    const json& list = doc.at("rules");
    if (list.size() > RuleSet::kMaxRules) throw_input_error("rules", "at most " + std::to_string(RuleSet::kMaxRules) + " rules");
    std::vector<Rule> rules;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string path = "rules[" + std::to_string(i) + "]";
        Rule rule = read_rule(list[i], path, refs);
        for (const auto& other : rules)
            if (other.id == rule.id)
                throw_input_error(path + ".id", "rule id " + quoted_input(rule.id) + " is already used by rules[" + std::to_string(other.order) + "]");
        rule.order = i;
        rules.push_back(std::move(rule));
    }
    return RuleSet(std::move(name), std::move(revision), std::move(rules), doc.dump());
}

namespace {

const char* fact_type_id(FactType t) {
    switch (t) {
        case FactType::Number: return "number";
        case FactType::Boolean: return "boolean";
        case FactType::Choice: return "choice";
        case FactType::Text: return "text";
    }
    return "";
}

}  // namespace

json rule_set_summary_json(const RuleSet& rules) {
    json ids = json::array();
    for (const auto& r : rules.rules()) ids.push_back(r.id);
    return json{{"name", rules.name()}, {"revision", rules.revision()}, {"rules", rules.rules().size()}, {"ruleIds", ids}};
}

json rule_facts_json() {
    json out = json::array();
    for (const auto& f : all_facts()) {
        json choices = json::array();
        for (const char* c : f.choices) choices.push_back(c);
        out.push_back({{"name", f.name}, {"type", fact_type_id(f.type)}, {"choices", choices}, {"about", f.about}});
    }
    return out;
}

}  // namespace proximity::policy
