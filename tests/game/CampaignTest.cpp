// The campaign as the scenario select screen sees it: campaign.xml read with file:line
// problems, one card per scenario with what the level covers, and scenarios unlocking as
// the player completes the ones they require.

#include "LevelTestSupport.hpp"
#include "RunProgram.hpp"

#include <game/campaign/CampaignFiles.hpp>
#include <game/campaign/ScenarioCard.hpp>
#include <game/progress/ProgressStore.hpp>

#include <catch2/catch.hpp>

using namespace respect;
using respect::test::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

/// A small valid level; `inChoice` goes inside its first choice, `inMeta` inside <meta>.
std::string levelText(const std::string& id, const std::string& inChoice = "",
                      const std::string& inMeta = "") {
    return R"(<level id=")" + id + R"(" version="1" minutes="7">
  <meta><title>Title of )" +
           id + "</title><summary>What " + id + " is about.</summary>" + inMeta + R"(</meta>
  <encounter id="talk" trigger="start">
    <node id="start">
      <say who="narrator">Hello.</say>
      <choice goto="end"><text>Go on.</text>)" +
           inChoice + R"(</choice>
      <choice goto="end"><text>Stay.</text></choice>
    </node>
    <node id="end"><end outcome="neutral"/></node>
  </encounter>
  <debrief><question>Why?</question></debrief>
</level>
)";
}

/// Writes levels/campaign.xml with these <scenario> lines (the first on line 3) and
/// returns its path.
fs::path writeCampaign(const TemporaryFolder& folder, const std::string& scenarios) {
    const bool leadingNewline = !scenarios.empty() && scenarios.front() == '\n';
    return folder.write("levels/campaign.xml", "<campaign id=\"test\" version=\"1\">\n"
                                               "  <title>Test campaign</title>\n" +
                                                   scenarios.substr(leadingNewline ? 1 : 0) +
                                                   "</campaign>\n");
}

game::Campaign loadClean(const fs::path& file) {
    engine::DiagnosticList diagnostics;
    auto campaign = game::loadCampaignFile(file, "levels/campaign.xml", diagnostics);
    INFO(diagnostics.formatAll());
    REQUIRE(diagnostics.empty());
    REQUIRE(campaign);
    return std::move(*campaign);
}

} // namespace

SCENARIO("Scenarios unlock as the scenarios they require are completed", "[campaign][unit]") {
    GIVEN("a campaign of three scenarios, the third requiring the first two") {
        const TemporaryFolder folder;
        folder.write("levels/first.xml", levelText("first"));
        folder.write("levels/second.xml", levelText("second"));
        folder.write("levels/third.xml", levelText("third"));
        const auto campaign = loadClean(writeCampaign(folder, R"(
  <scenario file="first.xml"/>
  <scenario file="second.xml" requires="first"/>
  <scenario file="third.xml" requires="first second"/>
)"));
        CHECK(campaign.id == "test");
        CHECK(campaign.title == "Test campaign");
        REQUIRE(campaign.scenarios.size() == 3);
        CHECK(campaign.scenarios[2].requiredLevels == std::vector<std::string>{"first", "second"});
        CHECK(campaign.scenarios[2].levelId == "third");
        CHECK(campaign.scenarios[2].line == 5);

        game::CampaignProgress progress;
        auto cards = game::buildScenarioCards(campaign, test::smallCode(), nullptr, progress);
        REQUIRE(cards.size() == 3);

        WHEN("nothing is completed yet") {
            THEN("only the first scenario can be played") {
                CHECK(cards[0].playable());
                CHECK_FALSE(cards[0].progress.completed);
                CHECK(cards[1].locked);
                CHECK(cards[1].missingLevels == std::vector<std::string>{"first"});
                CHECK(cards[2].locked);
                CHECK(cards[2].missingLevels == std::vector<std::string>{"first", "second"});
            }
        }
        WHEN("the first scenario is completed") {
            progress.recordCompletion("first", {{"language", 2}}, "2024-05-01T09:30:00Z");
            game::applyProgress(cards, progress);
            THEN("the second unlocks, the third still waits for the second") {
                CHECK(cards[0].progress.completed);
                CHECK(cards[0].progress.timesCompleted == 1);
                REQUIRE(cards[0].progress.best);
                CHECK(cards[0].progress.best->total == 2);
                CHECK(cards[1].playable());
                CHECK(cards[2].locked);
                CHECK(cards[2].missingLevels == std::vector<std::string>{"second"});
            }
            AND_WHEN("the second is completed too") {
                progress.recordCompletion("second", {}, "2024-05-01T10:00:00Z");
                game::applyProgress(cards, progress);
                THEN("every scenario can be played") {
                    CHECK(cards[2].playable());
                    CHECK(cards[2].missingLevels.empty());
                }
            }
        }
    }
}

TEST_CASE("A card shows the level's title, summary, minutes and the dimensions it covers",
          "[campaign][unit]") {
    const TemporaryFolder folder;
    // Scored disability first, then language: the card lists them in the Code's order.
    folder.write("levels/scored.xml", levelText("scored",
                                                R"(<score dimension="disability" delta="1"/>)"
                                                R"(<score dimension="language" delta="-1"/>)",
                                                R"(<dimension ref="disability"/>)"));
    // Nothing scored: the dimensions declared in <meta> are shown instead.
    folder.write("levels/declared.xml",
                 levelText("declared", "", R"(<dimension ref="disability"/>)"));
    const auto campaign = loadClean(writeCampaign(folder, R"(
  <scenario file="scored.xml"/>
  <scenario file="declared.xml"/>
)"));
    const auto cards =
        game::buildScenarioCards(campaign, test::smallCode(), nullptr, game::CampaignProgress());
    REQUIRE(cards.size() == 2);
    CHECK(cards[0].file == "scored.xml");
    CHECK(cards[0].levelId == "scored");
    CHECK(cards[0].title == "Title of scored");
    CHECK(cards[0].summary == "What scored is about.");
    CHECK(cards[0].minutes == 7);
    CHECK(cards[0].dimensions == std::vector<std::string>{"language", "disability"});
    CHECK(cards[0].error.empty());
    CHECK(cards[1].dimensions == std::vector<std::string>{"disability"});
}

TEST_CASE("A scenario that cannot be loaded gets a card with its error; the others play",
          "[campaign][unit]") {
    const TemporaryFolder folder;
    folder.write("levels/good.xml", levelText("good"));
    folder.write("levels/broken.xml", "<level id=\"broken\">\n  <meta>\n</level>\n");
    folder.write("levels/unchecked.xml",
                 levelText("unchecked", R"(<score dimension="height" delta="1"/>)"));
    engine::DiagnosticList diagnostics;
    const auto campaign = game::loadCampaignFile(writeCampaign(folder, R"(
  <scenario file="good.xml"/>
  <scenario file="broken.xml"/>
  <scenario file="missing.xml" requires="good"/>
  <scenario file="unchecked.xml"/>
)"),
                                                 "levels/campaign.xml", diagnostics);
    REQUIRE(campaign);
    CHECK(diagnostics.formatAll() ==
          "levels/campaign.xml:4: error: scenario 'broken.xml' cannot be read "
          "(levels/broken.xml:3: error: closing tag </level> does not match <meta> opened on "
          "line 2)\n"
          "levels/campaign.xml:5: error: scenario 'missing.xml': file not found\n");

    const auto cards =
        game::buildScenarioCards(*campaign, test::smallCode(), nullptr, game::CampaignProgress());
    REQUIRE(cards.size() == 4);
    CHECK(cards[0].playable());
    CHECK_FALSE(cards[1].playable());
    CHECK(cards[1].title == "broken.xml");
    CHECK(cards[1].error ==
          "levels/broken.xml:3: error: closing tag </level> does not match <meta> opened on "
          "line 2");
    CHECK(cards[2].error == "levels/missing.xml: error: file not found");
    CHECK(cards[2].locked);
    // The level reads, but its check fails: the card keeps its id so progress still shows.
    CHECK(cards[3].levelId == "unchecked");
    CHECK(cards[3].error.rfind("levels/unchecked.xml:", 0) == 0);
    CHECK(cards[3].error.find("height") != std::string::npos);
}

TEST_CASE("Campaign problems are reported with file and line, and what cannot be honoured is "
          "left out so the rest stays playable",
          "[campaign][unit]") {
    const TemporaryFolder folder;
    folder.write("levels/a.xml", levelText("a"));
    folder.write("levels/b.xml", levelText("b"));
    folder.write("levels/c.xml", levelText("c"));
    engine::DiagnosticList diagnostics;
    const auto campaign = game::loadCampaignFile(writeCampaign(folder, R"(
  <scenario file="a.xml" requires="b"/>
  <scenario file="b.xml" requires="nobody"/>
  <scenario file="a.xml"/>
  <scenario file="c.xml" order="3"/>
)"),
                                                 "levels/campaign.xml", diagnostics);
    REQUIRE(campaign);
    CHECK(diagnostics.formatAll() ==
          "levels/campaign.xml:5: error: scenario 'a.xml' is listed twice (first on line 3)\n"
          "levels/campaign.xml:6: error: unknown attribute 'order' on <scenario>; expected one "
          "of: file, requires\n"
          "levels/campaign.xml:3: error: 'requires' names 'b', which comes later in the "
          "campaign (line 4); a scenario can only require scenarios listed before it\n"
          "levels/campaign.xml:4: error: 'requires' names 'nobody', which is not the id of a "
          "level in this campaign\n");
    REQUIRE(campaign->scenarios.size() == 3);
    // A requirement that can never be met unlocks rather than locking the scenario forever.
    const auto cards =
        game::buildScenarioCards(*campaign, test::smallCode(), nullptr, game::CampaignProgress());
    for (const auto& card : cards) {
        CHECK(card.playable());
    }
}

TEST_CASE("A campaign file that is missing or not a campaign gives no campaign",
          "[campaign][unit]") {
    const TemporaryFolder folder;
    engine::DiagnosticList diagnostics;
    CHECK_FALSE(
        game::loadCampaignFile(folder / "levels/campaign.xml", "levels/campaign.xml", diagnostics));
    folder.write("levels/campaign.xml", "<level id=\"a\"/>\n");
    CHECK_FALSE(
        game::loadCampaignFile(folder / "levels/campaign.xml", "levels/campaign.xml", diagnostics));
    CHECK(diagnostics.formatAll() ==
          "levels/campaign.xml: error: file not found\n"
          "levels/campaign.xml:1: error: expected <campaign> as the root element, found <level>\n");
}

TEST_CASE("A completion recorded in the progress file unlocks the next scenario after a restart",
          "[campaign][progress][unit]") {
    const TemporaryFolder folder;
    folder.write("levels/first.xml", levelText("first"));
    folder.write("levels/second.xml", levelText("second"));
    const auto campaign = loadClean(writeCampaign(folder, R"(
  <scenario file="first.xml"/>
  <scenario file="second.xml" requires="first"/>
)"));
    const game::ProgressStore store(folder / "data" / "respect");
    {
        auto loaded = store.load();
        CHECK(loaded.status == game::ProgressStatus::Empty);
        const auto record =
            store.recordCompletion(loaded.progress, "first", {{"language", 1}, {"disability", 2}});
        CHECK(record.saved);
        CHECK(record.newBest);
    }
    // A new session: progress comes from the file only.
    const auto loaded = store.load();
    CHECK(loaded.status == game::ProgressStatus::Loaded);
    const auto cards =
        game::buildScenarioCards(campaign, test::smallCode(), nullptr, loaded.progress);
    CHECK(cards[0].progress.completed);
    REQUIRE(cards[0].progress.best);
    CHECK(cards[0].progress.best->total == 3);
    CHECK(cards[1].playable());
}
