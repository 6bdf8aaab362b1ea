// docs/playthroughs/ holds, per scenario, a respectful and a poor play-through as
// `respect run` prints them. They are documentation a trainer reads, so they must stay
// true: each is replayed here, and the two paths must deserve their names.

#include "RunProgram.hpp"

#include <game/campaign/CampaignFiles.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

using respect::test::runRespect;
namespace fs = std::filesystem;

namespace {

const fs::path kData = RESPECT_SOURCE_DIR;
const fs::path kPlaythroughs = kData / "docs" / "playthroughs";

struct Playthrough {
    std::string level;      ///< as written in the command, relative to the data folder
    std::string choices;    ///< the --choose list
    std::string transcript; ///< the recorded output of respect run
};

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Playthrough readPlaythrough(const fs::path& path) {
    const auto text = readText(path);
    Playthrough playthrough;
    const std::string commandStart = "Command: `respect run ";
    const auto command = text.find(commandStart);
    REQUIRE(command != std::string::npos);
    const auto commandEnd = text.find('`', command + commandStart.size());
    std::istringstream words(
        text.substr(command + commandStart.size(), commandEnd - command - commandStart.size()));
    std::string option;
    words >> playthrough.level >> option >> playthrough.choices;
    REQUIRE(option == "--choose");
    const std::string fenceStart = "```text\n";
    const auto body = text.find(fenceStart);
    const auto bodyEnd = text.rfind("```");
    REQUIRE(body != std::string::npos);
    REQUIRE(bodyEnd > body);
    playthrough.transcript =
        text.substr(body + fenceStart.size(), bodyEnd - body - fenceStart.size());
    return playthrough;
}

/// The outcome of every encounter the transcript ends, in order ("== end of ID: OUTCOME").
std::vector<std::string> outcomes(const std::string& transcript) {
    const std::string endMark = "== end of ";
    std::vector<std::string> found;
    std::istringstream lines(transcript);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind(endMark, 0) == 0) {
            found.push_back(line.substr(line.rfind(' ') + 1));
        }
    }
    return found;
}

/// The sum of the final scores over every dimension.
int totalScore(const std::string& transcript) {
    const std::string scores = "== scores:";
    const auto at = transcript.rfind(scores);
    REQUIRE(at != std::string::npos);
    std::istringstream words(transcript.substr(at + scores.size()));
    std::string word;
    int total = 0;
    while (words >> word) {
        if (word[0] == '+' || word[0] == '-') {
            total += std::stoi(word);
        }
    }
    return total;
}

/// The scenarios of the shipped campaign, by file name without ".xml".
std::vector<std::string> campaignLevelIds() {
    respect::engine::DiagnosticList diagnostics;
    const auto campaign = respect::game::loadCampaignFile(kData / "levels" / "campaign.xml",
                                                          "levels/campaign.xml", diagnostics);
    REQUIRE(campaign);
    std::vector<std::string> ids;
    for (const auto& entry : campaign->scenarios) {
        ids.push_back(fs::path(entry.file).stem().string());
    }
    return ids;
}

} // namespace

TEST_CASE("Every scenario has a respectful and a poor play-through that are still true",
          "[content][playthroughs]") {
    const auto ids = campaignLevelIds();
    REQUIRE(ids.size() >= 8);
    for (const auto& id : ids) {
        for (const std::string kind : {"respectful", "poor"}) {
            const auto path = kPlaythroughs / (id + "-" + kind + ".md");
            INFO(path.string() << ": run tools/playthroughs and review the diff");
            REQUIRE(fs::exists(path));
            const auto playthrough = readPlaythrough(path);
            CHECK(playthrough.level == "levels/" + id + ".xml");
            const auto replay = runRespect("run '" + (kData / playthrough.level).string() +
                                           "' --choose " + playthrough.choices);
            CHECK(replay.exitCode == 0);
            CHECK(replay.output == playthrough.transcript);
        }
    }
}

TEST_CASE("The respectful play-throughs end every encounter well, the poor ones do not",
          "[content][playthroughs]") {
    for (const auto& id : campaignLevelIds()) {
        INFO(id);
        const auto respectful = readPlaythrough(kPlaythroughs / (id + "-respectful.md"));
        const auto poor = readPlaythrough(kPlaythroughs / (id + "-poor.md"));
        const auto good = outcomes(respectful.transcript);
        const auto bad = outcomes(poor.transcript);
        REQUIRE_FALSE(good.empty());
        REQUIRE_FALSE(bad.empty());
        CHECK(std::all_of(good.begin(), good.end(),
                          [](const std::string& outcome) { return outcome == "respectful"; }));
        CHECK(std::none_of(bad.begin(), bad.end(),
                           [](const std::string& outcome) { return outcome == "respectful"; }));
        CHECK(totalScore(respectful.transcript) > 0);
        CHECK(totalScore(poor.transcript) < 0);
    }
}
