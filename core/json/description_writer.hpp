#pragma once
// What describe() publishes besides its methods: the enums with their labels, the limits
// with their reasons, and the fields of a shape (core/shapes) with the nested shapes
// they refer to. Written into an answer (core/common/answer_writer.hpp).
#include "core/common/answer_writer.hpp"
#include "core/shapes/field.hpp"

#include <vector>

namespace proximity {

// "enums": {name: [{value, label, short}]}
void write_enums(AnswerWriter& w);
// "limits": {name: {min, max, step, reason, unit?}}
void write_limits(AnswerWriter& w);
// "<name>": [{name, type, required, about, enum?, limit?, items?, shape?}]; for an object
// of several forms, the fields are [] and "<forms_key>": [{when: tag or null, shape}].
void write_fields(AnswerWriter& w, const char* name, const char* forms_key, const shapes::Fields& fields);
// Adds every nested shape `fields` refer to, each once, inner shapes after the outer.
void collect_shapes(const shapes::Fields& fields, std::vector<const shapes::Shape*>& found);
// "shapes": {name: {about, fields}}
void write_shapes(AnswerWriter& w, const std::vector<const shapes::Shape*>& shapes);

}  // namespace proximity
