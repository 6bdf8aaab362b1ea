// Window tests: run the real program under a display (xvfb-run in CI) and look at
// the pixels it drew. Skipped, with a warning, when there is no display.

#include "RunProgram.hpp"

#include <SFML/Graphics/Image.hpp>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <set>

using respect::test::runRespect;
using respect::test::TemporaryFolder;

namespace {

bool haveDisplay() {
    if (std::getenv("DISPLAY") == nullptr) {
        WARN("no DISPLAY: window test skipped (run it under xvfb-run)");
        return false;
    }
    return true;
}

// The title colour of game/ui/Theme.hpp.
bool isTitleColour(sf::Color c) {
    return c.r == 242 && c.g == 193 && c.b == 78;
}

std::size_t countPixels(const sf::Image& image, unsigned top, unsigned bottom,
                        bool (*predicate)(sf::Color)) {
    std::size_t count = 0;
    for (unsigned y = top; y < bottom; ++y) {
        for (unsigned x = 0; x < image.getSize().x; ++x) {
            count += predicate(image.getPixel(x, y)) ? 1u : 0u;
        }
    }
    return count;
}

} // namespace

TEST_CASE("The title screen is drawn and captured at 1280x720", "[window]") {
    if (!haveDisplay()) {
        return;
    }
    TemporaryFolder folder;
    const auto png = folder / "title.png";
    const auto result = runRespect("--frames 30 --screenshot '20:" + png.string() + "'");
    INFO(result.output);
    REQUIRE(result.exitCode == 0);

    sf::Image image;
    REQUIRE(image.loadFromFile(png.string()));
    CHECK(image.getSize() == sf::Vector2u(1280, 720));

    std::set<unsigned> colours;
    for (unsigned y = 0; y < 720; y += 7) {
        for (unsigned x = 0; x < 1280; x += 7) {
            colours.insert(image.getPixel(x, y).toInteger());
        }
    }
    CHECK(colours.size() > 10); // not blank, not a single fill

    // The game's name is drawn large in the title colour in the top quarter, and nowhere else.
    CHECK(countPixels(image, 0, 200, isTitleColour) > 3000);
    CHECK(countPixels(image, 300, 720, isTitleColour) == 0);
}

TEST_CASE("An input script drives the title menu to Quit and the game exits by itself",
          "[window]") {
    if (!haveDisplay()) {
        return;
    }
    TemporaryFolder folder;
    const auto script = folder.write("quit.txt", "# up from Play wraps to Quit, the last item\n"
                                                 "10 up\n"
                                                 "+10 confirm\n");
    // No --frames: only the menu can end this run.
    const auto result = runRespect("--input-script '" + script.string() + "'", 30);
    INFO(result.output);
    CHECK(result.exitCode == 0);
}

TEST_CASE("The focus frame follows the keyboard", "[window]") {
    if (!haveDisplay()) {
        return;
    }
    TemporaryFolder folder;
    const auto script = folder.write("down.txt", "5 down\n");
    const auto before = folder / "before.png";
    const auto after = folder / "after.png";
    const auto result = runRespect("--input-script '" + script.string() + "' --frames 12" +
                                   " --screenshot '3:" + before.string() + "'" +
                                   " --screenshot '10:" + after.string() + "'");
    INFO(result.output);
    REQUIRE(result.exitCode == 0);
    sf::Image first;
    sf::Image second;
    REQUIRE(first.loadFromFile(before.string()));
    REQUIRE(second.loadFromFile(after.string()));
    // The white focus frame's top edge, in the middle column below the title: on the first
    // item, then one item lower.
    const auto frameTop = [](const sf::Image& image) {
        for (unsigned y = 250; y < 700; ++y) {
            if (image.getPixel(640, y) == sf::Color::White) {
                return y;
            }
        }
        return 0u;
    };
    const unsigned top = frameTop(first);
    CHECK(top > 250);
    CHECK(frameTop(second) > top + 40);
}

TEST_CASE("A data folder without the fonts stops cleanly with the file named", "[window]") {
    if (!haveDisplay()) {
        return;
    }
    TemporaryFolder folder;
    std::filesystem::create_directories(folder / "assets");
    std::filesystem::create_directories(folder / "levels");
    const auto result = runRespect("--frames 5 --data '" + folder.path().string() + "'");
    CHECK(result.exitCode == 2);
    CHECK(result.output.find("respect: assets/fonts/DejaVuSans.ttf: error: file not found") !=
          std::string::npos);
}
