#include <game/cli/Options.hpp>

#include <catch2/catch.hpp>

using namespace respect::game;

TEST_CASE("The command line reads window-test flags", "[cli][unit]") {
    const auto line =
        parseCommandLine({"--frames", "30", "--screenshot", "20:title.png", "--screenshot",
                          "5:a.png", "--input-script", "s.txt", "--headless"});
    CHECK(line.command == CommandLine::Command::Play);
    CHECK(line.game.frames == 30);
    REQUIRE(line.game.screenshots.size() == 2);
    CHECK(line.game.screenshots.at(20) == "title.png");
    CHECK(line.game.inputScript == std::filesystem::path("s.txt"));
    CHECK(line.game.headless);
}

TEST_CASE("Bad command lines are one-line usage errors", "[cli][unit]") {
    CHECK_THROWS_WITH(parseCommandLine({"--bogus"}),
                      "unknown option '--bogus' (see respect --help)");
    CHECK_THROWS_WITH(parseCommandLine({"--frames"}),
                      "--frames needs a value (see respect --help)");
    CHECK_THROWS_WITH(parseCommandLine({"--frames", "0"}),
                      "--frames needs a positive whole number, got '0'");
    CHECK_THROWS_WITH(parseCommandLine({"--frames", "12abc"}),
                      "--frames needs a positive whole number, got '12abc'");
    CHECK_THROWS_WITH(parseCommandLine({"--screenshot", "title.png"}),
                      "--screenshot needs FRAME:FILE.png, got 'title.png'");
    CHECK_THROWS_WITH(parseCommandLine({"dance"}), "unknown command 'dance' (see respect --help)");
}

TEST_CASE("Subcommands keep their own arguments", "[cli][unit]") {
    const auto line = parseCommandLine({"run", "levels/a.xml", "--choose", "1,2"});
    CHECK(line.command == CommandLine::Command::Subcommand);
    CHECK(line.subcommand == "run");
    CHECK(line.arguments == std::vector<std::string>{"levels/a.xml", "--choose", "1,2"});
}

TEST_CASE("Help lists every flag", "[cli][unit]") {
    const std::string help = usageText();
    for (const char* flag :
         {"--frames", "--screenshot", "--input-script", "--headless", "--data", "--help",
          "--version", "--debrief-html", "--records", "--player", "--email", "--player-id"}) {
        CHECK(help.find(flag) != std::string::npos);
    }
}
