#pragma once
// The body weights in two apps' exports of body measurements (not their workout exports):
// - Hevy's measurements CSV: "date" ("9 Feb 2023, 00:00"), "weight_kg" (kilograms; a
//   "weight_lbs" column is read as pounds), "fat_percent" and girths ("neck_cm" or
//   "neck_in", "waist_cm", ...). A row may carry only girths: it has no body weight.
// - FitNotes' body tracker CSV ("FitNotes_BodyTracker_Export"): "Date" (2024-11-28),
//   "Time", "Measurement" ("Bodyweight", "Body Fat", "Waist", ...), "Value", "Unit"
//   ("kg", "lbs", "%", "cm"), sometimes "Comment". Only "Bodyweight" rows are weights.
// Every data row is read as a weighing or skipped with its line and the reason.
#include "core/history/csv_reader.hpp"
#include "core/units/unit.hpp"

#include <optional>
#include <string>
#include <vector>

namespace proximity::history {

enum class BodyWeightFormat { Hevy, FitNotes };  // ids "hevy", "fitnotes"
const char* body_weight_format_id(BodyWeightFormat f);

struct WeighingRow {
    size_t line = 0;
    std::string date;  // YYYY-MM-DD
    double value = 0;
    units::Unit unit = units::Unit::Kg;
};

struct SkippedWeighing {
    size_t line = 0;
    std::string reason;  // a clause for the lifter: "no body weight on this row (other measurements only)"
};

struct WeighingsRead {
    BodyWeightFormat format = BodyWeightFormat::Hevy;
    size_t data_rows = 0;  // records after the header
    std::vector<WeighingRow> weighings;
    std::vector<SkippedWeighing> skipped;
};

// Which body-measurement export this header is, if one.
std::optional<BodyWeightFormat> body_weight_format_of(const std::vector<std::string>& header);

// The weighings of an export whose header (records[0]) is of `format`. `unit` is used
// for a FitNotes row that does not say its unit.
WeighingsRead read_body_weights(const std::vector<CsvRecord>& records, BodyWeightFormat format, units::Unit unit);

}  // namespace proximity::history
