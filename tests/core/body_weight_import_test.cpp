// Body weights from body-measurement exports (core/profile/body_weight_import.hpp): what
// the shared vectors (tests/vectors/body_weight_import.json) do not reach: every row
// accounted for, a full log, line endings and byte-order marks, and the log left
// untouched by a refused file.
#include "core/common/input_error.hpp"
#include "core/profile/body_weight_import.hpp"

#include <gtest/gtest.h>

#include <string>

namespace proximity::profile {
namespace {

TEST(BodyWeightImport, EveryRowIsImportedOrSkipped) {
    const std::string text =
        "\xEF\xBB\xBF" "Date,Time,Measurement,Value,Unit\r\n"
        "2024-01-01,07:00:00,Bodyweight,80,kg\r\n"
        "2024-01-02,07:00:00,Neck,38,cm\r\n"
        "2024-01-03,07:00:00,Bodyweight,80.4,kg\r\n";
    const BodyWeightImport r = import_body_weights(text, Profile{});
    EXPECT_EQ(r.report.format, history::BodyWeightFormat::FitNotes);
    EXPECT_EQ(r.report.rows, 3u);
    EXPECT_EQ(r.report.imported + r.report.skipped.size(), r.report.rows);
    ASSERT_EQ(r.profile.body_weight.size(), 2u);
    EXPECT_EQ(r.profile.body_weight[1].date, "2024-01-03");
    EXPECT_DOUBLE_EQ(r.profile.body_weight[1].value, 80.4);
    ASSERT_EQ(r.report.skipped.size(), 1u);
    EXPECT_EQ(r.report.skipped[0].line, 3u);
}

TEST(BodyWeightImport, AFullLogTakesNoMoreAndSaysSo) {
    Profile full;
    for (int i = 0; i < kMaxBodyWeightEntries; ++i)
        full.body_weight.push_back({"1990-01-01", 80});  // the count is what matters here
    const BodyWeightImport r = import_body_weights("date,weight_kg\n\"3 Jan 2024, 07:30\",70.5\n", full);
    EXPECT_EQ(r.report.imported, 0u);
    ASSERT_EQ(r.report.skipped.size(), 1u);
    EXPECT_NE(r.report.skipped[0].reason.find("full"), std::string::npos) << r.report.skipped[0].reason;
    EXPECT_EQ(r.profile.body_weight.size(), static_cast<size_t>(kMaxBodyWeightEntries));
}

TEST(BodyWeightImport, PoundsIntoAKgProfileAreConverted) {
    const BodyWeightImport r = import_body_weights("date,weight_lbs\n\"3 Jan 2024, 07:30\",176.37\n", Profile{});
    ASSERT_EQ(r.profile.body_weight.size(), 1u);
    EXPECT_NEAR(r.profile.body_weight[0].value, 80.0, 0.005);
}

TEST(BodyWeightImport, AFileThatIsNotABodyWeightExportChangesNothing) {
    EXPECT_THROW(import_body_weights("Date,Exercise,Category,Weight (kgs),Reps\n2024-01-01,Squat,Legs,100,5\n", Profile{}),
                 InputError);
    EXPECT_THROW(import_body_weights("", Profile{}), InputError);
    EXPECT_FALSE(body_weight_export_format("Date,Exercise,Category,Reps").has_value());
    EXPECT_EQ(body_weight_export_format("date,weight_kg\n"), history::BodyWeightFormat::Hevy);
}

}  // namespace
}  // namespace proximity::profile
