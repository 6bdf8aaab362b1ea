// `respect --level FILE`: the game starts straight into a scenario, above the title screen,
// and a level with errors stops the program with every error and exit status 2.

#include "GameFixture.hpp"
#include "RunProgram.hpp"

#include <engine/core/Error.hpp>
#include <game/cli/Options.hpp>
#include <game/play/Launch.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/OfficeScene.hpp>
#include <game/scenes/TitleScene.hpp>

#include <catch2/catch.hpp>

#include <fstream>

using namespace respect;
using engine::input::Action;
namespace fs = std::filesystem;

namespace {

/// A data folder with the shipped Diversity Code and one broken level (an error on line 9),
/// as levels/broken.xml.
void writeBrokenDataFolder(const fs::path& data) {
    fs::create_directories(data / "assets");
    fs::create_directories(data / "levels");
    fs::copy_file(fs::path(RESPECT_SOURCE_DIR) / "levels/diversity-code.xml",
                  data / "levels/diversity-code.xml");
    fs::copy_file(fs::path(RESPECT_TEST_DATA_DIR) / "bad-input/level/goto-missing-node.xml",
                  data / "levels/broken.xml");
}

} // namespace

TEST_CASE("The command line reads --level and --frame-times", "[cli][unit]") {
    const auto line = game::parseCommandLine(
        {"--level", "accessible-counter.xml", "--frame-times", "times.txt", "--frames", "9"});
    CHECK(line.command == game::CommandLine::Command::Play);
    CHECK(line.game.level == std::string("accessible-counter.xml"));
    CHECK(line.game.frameTimes == fs::path("times.txt"));
    CHECK(line.game.frames == 9);
    CHECK_FALSE(game::parseCommandLine({}).game.level);
    CHECK_THROWS_WITH(game::parseCommandLine({"--level"}),
                      "--level needs a value (see respect --help)");
    CHECK_THROWS_WITH(game::parseCommandLine({"--level", ""}),
                      "--level needs a level file, got ''");
    CHECK_THROWS_WITH(game::parseCommandLine({"--frame-times"}),
                      "--frame-times needs a value (see respect --help)");
    const std::string help = game::usageText();
    CHECK(help.find("--level FILE") != std::string::npos);
    CHECK(help.find("--frame-times FILE") != std::string::npos);
}

TEST_CASE("A --level argument names a file in levels/ or a path inside the data folder",
          "[cli][unit]") {
    const engine::io::ContentRoot content(RESPECT_SOURCE_DIR);
    CHECK(game::levelFileOf(content, "accessible-counter.xml") == "levels/accessible-counter.xml");
    const fs::path full = fs::path(RESPECT_SOURCE_DIR) / "levels/accessible-counter.xml";
    CHECK(game::levelFileOf(content, full.string()) == "levels/accessible-counter.xml");
    CHECK_THROWS_AS(game::levelFileOf(content, "no-such-level.xml"), engine::Error);
    test::TemporaryFolder outside;
    const fs::path elsewhere = outside.write("level.xml", "<level/>");
    CHECK_THROWS_WITH(game::levelFileOf(content, elsewhere.string()),
                      Catch::Contains("must be inside the data folder"));
}

TEST_CASE("Option --level opens the scenario above the title, at its first encounter",
          "[flow][unit]") {
    test::GameFixture game;
    game.openTitle();
    game::openLevelFromCommandLine(game.context(), game.stack(), "accessible-counter.xml");
    game.stack().applyRequests();
    CHECK(game.stack().size() == 2);
    REQUIRE(game.top<game::OfficeScene>() != nullptr);
    game.idle(); // the encounter with trigger="start" opens by itself
    REQUIRE(game.top<game::DialogueScene>() != nullptr);
    game.press(Action::Confirm); // the whole line at once instead of the typewriter
    INFO(game.screenText());
    CHECK(game.showing("Half past eight."));
    // Leaving the scenario (pause, save and quit) lands on the title screen.
    game.press(Action::Menu);
    for (int i = 0; i < 3; ++i) {
        game.press(Action::MoveDown); // to the last item of the pause menu: save and quit
    }
    game.press(Action::Confirm);
    INFO(game.screenText());
    CHECK(game.top<game::TitleScene>() != nullptr);
}

TEST_CASE("Option --level with a broken level exits 2 with each error's file and line",
          "[cli][content]") {
    test::TemporaryFolder home;
    const fs::path data = home / "data-folder";
    writeBrokenDataFolder(data);
    const auto result =
        test::runRespect("--headless --frames 5 --data '" + data.string() + "' --level broken.xml");
    INFO(result.output);
    CHECK(result.exitCode == 2);
    CHECK_THAT(result.output, Catch::Contains("cannot start the scenario"));
    CHECK_THAT(result.output, Catch::Contains("levels/broken.xml:9: error: encounter 'hello': "
                                              "choice 'start#choice-1' goes to 'finish'"));
    const auto missing = test::runRespect("--headless --frames 5 --data '" + data.string() +
                                          "' --level nowhere.xml");
    CHECK(missing.exitCode == 2);
    CHECK_THAT(missing.output, Catch::Contains("nowhere.xml"));
}

TEST_CASE("Option --level plays headless into the first encounter and keeps the place",
          "[cli][flow]") {
    test::TemporaryFolder home;
    const fs::path times = home / "times.txt";
    const auto result = test::runRespectAs(home.path(), "--headless --frames 5 --level "
                                                        "accessible-counter.xml --frame-times '" +
                                                            times.string() + "'");
    INFO(result.output);
    CHECK(result.exitCode == 0);
    // Quitting mid-dialogue autosaves the scenario at its first encounter.
    std::ifstream save(home / "data/respect/saves/autosave.json");
    REQUIRE(save);
    const std::string text((std::istreambuf_iterator<char>(save)), {});
    CHECK_THAT(text, Catch::Contains("levels/accessible-counter.xml"));
    CHECK_THAT(text, Catch::Contains("lift-out"));
    std::ifstream written(times);
    CHECK(written);
}
