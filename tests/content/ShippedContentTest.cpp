// The content we ship: it passes `respect check --strict`, every path of every level
// reaches an end, and the authoring commands work on it.

#include "LevelTestSupport.hpp"
#include "RunProgram.hpp"

#include <game/campaign/CampaignFiles.hpp>
#include <game/campaign/ScenarioCard.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/level/PathExplorer.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace respect;
using respect::test::runCommand;
using respect::test::runRespect;
namespace fs = std::filesystem;

namespace {

const fs::path kData = RESPECT_SOURCE_DIR;

std::vector<fs::path> shippedLevels() {
    return game::scenarioFiles(kData);
}

} // namespace

TEST_CASE("The shipped content passes respect check --strict", "[content]") {
    const auto result = runRespect("check --strict");
    INFO(result.output);
    CHECK(result.exitCode == 0);
    CHECK(result.output.find(" 0 errors, 0 warnings") != std::string::npos);
}

TEST_CASE("The shipped campaign loads without errors and opens with the first scenario",
          "[content][campaign]") {
    engine::DiagnosticList diagnostics;
    const auto campaign =
        game::loadCampaignFile(kData / game::kCampaignPath, game::kCampaignPath, diagnostics);
    REQUIRE(campaign);
    CHECK(diagnostics.formatAll().empty());

    CHECK(campaign->title == "Respect at work");
    REQUIRE(campaign->scenarios.size() == 8); // issue 7: at least eight scenarios
    CHECK(campaign->scenarios[0].file == "sample-first-day.xml");
    CHECK(campaign->scenarios[0].requiredLevels.empty());
    CHECK(campaign->scenarios[1].file == "accessible-counter.xml");
    CHECK(campaign->scenarios[1].requiredLevels == std::vector<std::string>{"sample-first-day"});

    const auto code = game::loadDiversityCode(kData / game::kDiversityCodePath,
                                              game::kDiversityCodePath, diagnostics);
    REQUIRE(code);
    const engine::io::ContentRoot data(kData);
    const auto cards = game::buildScenarioCards(*campaign, *code, &data, {});
    REQUIRE(cards.size() == 8);
    CHECK(cards[0].playable());
    CHECK(cards[0].title == "First morning at the counter");
    CHECK(cards[0].minutes > 0);
    CHECK_FALSE(cards[0].dimensions.empty());
    CHECK(cards[1].locked);
    for (const auto& card : cards) {
        INFO(card.file);
        CHECK(card.error.empty());
    }
}

TEST_CASE("Every path of every shipped level reaches an end", "[content]") {
    engine::DiagnosticList diagnostics;
    const auto code = game::loadDiversityCode(kData / "levels/diversity-code.xml",
                                              "diversity-code.xml", diagnostics);
    REQUIRE(code);
    const engine::io::ContentRoot data(kData);
    const auto levels = shippedLevels();
    REQUIRE_FALSE(levels.empty());
    for (const auto& file : levels) {
        SECTION(file.filename().string()) {
            const auto level =
                game::loadCheckedLevel(file, file.string(), *code, &data, diagnostics);
            INFO(diagnostics.formatAll());
            REQUIRE(level);
            const auto report = game::explorePaths(*level, *code);
            INFO(file.string());
            for (const auto& problem : report.problems) {
                FAIL_CHECK(problem);
            }
            CHECK_FALSE(report.capped);
            CHECK(report.pathsCompleted >= 2);
        }
    }
}

TEST_CASE("respect run plays the sample level to the end, as text and as JSON lines", "[content]") {
    const std::string level = (kData / "levels/sample-first-day.xml").string();
    // Always the first option: a play-through needs as many entries as choice points.
    std::string ones = "1";
    for (int i = 0; i < 40; ++i) {
        ones += ",1";
    }
    const auto text = runRespect("run '" + level + "' --choose " + ones);
    INFO(text.output);
    CHECK(text.exitCode == 0);
    CHECK(text.output.find("== end of ") != std::string::npos);
    CHECK(text.output.find("== scores:") != std::string::npos);

    const auto json = runRespect("run '" + level + "' --json --choose " + ones + " 2>/dev/null");
    CHECK(json.exitCode == 0);
    std::istringstream lines(json.output);
    int ended = 0;
    int parsed = 0;
    for (std::string line; std::getline(lines, line);) {
        const auto event = nlohmann::json::parse(line); // throws on invalid JSON
        ++parsed;
        ended += event.at("event") == "encounter-ended" ? 1 : 0;
    }
    CHECK(parsed > 10);
    CHECK(ended >= 2);
}

TEST_CASE("respect run refuses a choice out of range and a missing one, naming the place",
          "[content]") {
    const std::string level = (kData / "levels/sample-first-day.xml").string();
    const auto outOfRange = runRespect("run '" + level + "' --choose 9");
    CHECK(outOfRange.exitCode == 2);
    CHECK(outOfRange.output.find(level + ": encounter '") != std::string::npos);
    CHECK(outOfRange.output.find("': choice 9 is out of range (") != std::string::npos);

    const auto missing = runRespect("run '" + level + "' --choose 1");
    CHECK(missing.exitCode == 2);
    CHECK(missing.output.find("a choice is pending but --choose has no entry left (1 used)") !=
          std::string::npos);
}

TEST_CASE("respect graph writes DOT that Graphviz renders", "[content]") {
    const std::string level = (kData / "levels/sample-first-day.xml").string();
    const auto dot = runRespect("graph '" + level + "'");
    CHECK(dot.exitCode == 0);
    CHECK(dot.output.rfind("digraph ", 0) == 0);
    if (runCommand("command -v dot").exitCode != 0) {
        WARN("graphviz is not installed: rendering skipped");
        return;
    }
    const auto svg =
        runCommand("'" + std::string(RESPECT_EXECUTABLE) + "' graph '" + level + "' | dot -Tsvg");
    CHECK(svg.exitCode == 0);
    CHECK(svg.output.find("<svg") != std::string::npos);
}
