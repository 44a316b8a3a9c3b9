#pragma once
// The failure policy as data: a versioned JSON document (core/data/rules.json is the
// built-in one) compiled once into rules that advise_set can run without touching JSON.
//   {"format": "proximity-rules", "version": 1, "name": "...", "revision": "...",
//    "references": [{"id": "grgic-2022", "citation": "..."}, ...],
//    "rules": [{"id": "deload-no-failure", "title": "...", "priority": 100,
//               "condition": {...}, "effect": {...},
//               "explanation": "...", "sources": ["seed-001", "moran-navarro-2017"]}, ...]}
// Copying a RuleSet is cheap (the compiled rules are shared and immutable). The JSON
// reader is core/json/rule_set_json.hpp, which also defines builtin().
#include "core/policy/condition.hpp"
#include "core/policy/effect.hpp"

#include <memory>
#include <string>
#include <vector>

namespace proximity::policy {

// A reference a rule rests on: the full citation, and for showing it to a person the
// authors, year, title and a link where the reference has them ("" / 0 where not).
struct Source {
    std::string id;
    std::string citation;
    std::string authors;
    int year = 0;
    std::string title;
    std::string url;
};

struct Rule {
    std::string id;
    std::string title;
    std::string explanation;
    int priority = 0;
    size_t order = 0;  // position in the document's rules list
    Condition condition;
    Effect effect;
    std::vector<Source> sources;
};

class RuleSet {
public:
    static constexpr int kFormatVersion = 1;
    static constexpr size_t kMaxRules = 200;

    RuleSet();  // no rules: every set gets the engine's fallback (stop short, RIR 1-3)

    // `rules` in document order (each Rule's `order`); `document` is the rule set's JSON
    // text, kept as given so that it can be handed back (px.ruleSet) with everything a
    // rule set may hold beyond the rules ("about", notes): free-form, hence text.
    RuleSet(std::string name, std::string revision, std::vector<Rule> rules, std::string document);

    // The built-in rule set, compiled from core/data/rules.json the first time.
    static RuleSet builtin();

    // Highest priority first; equal priorities keep document order.
    const std::vector<Rule>& rules() const { return data_->rules; }
    const Rule* find(const std::string& id) const;
    const std::string& document_text() const { return data_->document; }
    const std::string& name() const { return data_->name; }
    const std::string& revision() const { return data_->revision; }

private:
    struct Data {
        std::string document = "{}";
        std::string name, revision;
        std::vector<Rule> rules;
    };
    std::shared_ptr<const Data> data_;
};

}  // namespace proximity::policy
