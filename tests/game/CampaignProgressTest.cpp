// The player's record per level: completions counted, the best result defined as the
// highest total of dimension scores, a tie keeping the earlier one.

#include <game/progress/CampaignProgress.hpp>

#include <catch2/catch.hpp>

using namespace respect;

SCENARIO("The best result is the completion with the highest total", "[progress][unit]") {
    GIVEN("a level completed once") {
        game::CampaignProgress progress;
        CHECK_FALSE(progress.isCompleted("first-day"));
        CHECK(progress.find("first-day") == nullptr);
        CHECK(progress.recordCompletion("first-day", {{"language", 2}, {"disability", -1}},
                                        "2024-05-01T09:00:00Z"));
        const auto& level = *progress.find("first-day");
        CHECK(progress.isCompleted("first-day"));
        CHECK(level.timesCompleted == 1);
        CHECK(level.lastCompleted == "2024-05-01T09:00:00Z");
        REQUIRE(level.best);
        CHECK(level.best->total == 1);

        WHEN("a later play scores lower, then the same") {
            CHECK_FALSE(
                progress.recordCompletion("first-day", {{"language", -3}}, "2024-05-02T09:00:00Z"));
            CHECK_FALSE(
                progress.recordCompletion("first-day", {{"language", 1}}, "2024-05-03T09:00:00Z"));
            THEN("the first play stays the best; the count and last date move on") {
                CHECK(level.timesCompleted == 3);
                CHECK(level.lastCompleted == "2024-05-03T09:00:00Z");
                CHECK(level.best->timestamp == "2024-05-01T09:00:00Z");
                CHECK(level.best->scores ==
                      std::map<std::string, int>{{"language", 2}, {"disability", -1}});
            }
        }
        WHEN("a later play scores higher") {
            CHECK(progress.recordCompletion("first-day", {{"language", 2}, {"age", 1}},
                                            "2024-05-02T09:00:00Z"));
            THEN("it becomes the best, with its own scores") {
                CHECK(level.best->total == 3);
                CHECK(level.best->scores ==
                      std::map<std::string, int>{{"language", 2}, {"age", 1}});
                CHECK(level.best->timestamp == "2024-05-02T09:00:00Z");
            }
        }
    }
}

TEST_CASE("Score totals cannot overflow", "[progress][unit]") {
    CHECK(game::scoreTotal({}) == 0);
    CHECK(game::scoreTotal({{"a", 2147483647}, {"b", 1}}) == 2147483647);
    CHECK(game::scoreTotal({{"a", -2147483647 - 1}, {"b", -1}}) == -2147483647 - 1);
}
