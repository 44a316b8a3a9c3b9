#pragma once
// Importing the body weights of an app's body-measurement export (Hevy's measurements CSV,
// FitNotes' body tracker CSV: core/history/body_weight_csv.hpp) into the profile's
// body-weight log. Every data row is imported or skipped with its line and reason
// (rows = imported + skipped). Nothing the lifter logged is overwritten: a day already in
// the log keeps the lifter's weighing, and a different value in the file is reported
// (kept). A day the file weighs twice takes its first row. Values are converted to the
// profile's unit (to 0.01) and must lie within the body-weight limit.
#include "core/history/body_weight_csv.hpp"
#include "core/profile/profile.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace proximity::profile {

struct BodyWeightImportReport {
    history::BodyWeightFormat format = history::BodyWeightFormat::Hevy;
    size_t rows = 0;      // data rows of the file
    size_t imported = 0;  // weighings added to the log
    size_t kept = 0;      // days the file weighs differently from the log: the log's kept
    std::vector<history::SkippedWeighing> skipped;  // every row not imported (the kept ones too)
};

struct BodyWeightImport {
    Profile profile;
    BodyWeightImportReport report;
};

// The body-measurement export `text` is, if one (its header line decides).
std::optional<history::BodyWeightFormat> body_weight_export_format(std::string_view text);

// Imports `text` into a copy of `existing`. Throws InputError on field "text" (empty, too
// large, unreadable, not a body-measurement export).
BodyWeightImport import_body_weights(std::string_view text, Profile existing);

}  // namespace proximity::profile
