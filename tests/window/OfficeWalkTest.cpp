// Window test: an input script walks the player from player-start to a customer and
// presses interact; the screenshots show the player moved and the dialogue opened.

#include "RunProgram.hpp"

#include <SFML/Graphics/Image.hpp>
#include <catch2/catch.hpp>

#include <cstdlib>

using respect::test::runRespect;
using respect::test::TemporaryFolder;

namespace {

// theme::kPanel and theme::kTitle of game/ui/Theme.hpp.
const sf::Color kPanel(40, 56, 82);
const sf::Color kTitle(242, 193, 78);

double differingShare(const sf::Image& a, const sf::Image& b) {
    std::size_t differing = 0;
    std::size_t total = 0;
    for (unsigned y = 0; y < a.getSize().y; y += 4) {
        for (unsigned x = 0; x < a.getSize().x; x += 4) {
            ++total;
            differing += a.getPixel(x, y) != b.getPixel(x, y) ? 1u : 0u;
        }
    }
    return static_cast<double>(differing) / static_cast<double>(total);
}

std::size_t count(const sf::Image& image, sf::Color colour, unsigned top, unsigned bottom) {
    std::size_t n = 0;
    for (unsigned y = top; y < bottom; ++y) {
        for (unsigned x = 0; x < image.getSize().x; ++x) {
            n += image.getPixel(x, y) == colour ? 1u : 0u;
        }
    }
    return n;
}

} // namespace

TEST_CASE("The player walks to a customer, and interact starts the encounter", "[window]") {
    if (std::getenv("DISPLAY") == nullptr) {
        WARN("no DISPLAY: window test skipped (run it under xvfb-run)");
        return;
    }
    TemporaryFolder folder;
    const std::string script =
        std::string(RESPECT_TEST_DATA_DIR) + "/scripts/walk-to-mr-peeters.txt";
    const auto start = folder / "start.png";
    const auto near = folder / "near.png";
    const auto talking = folder / "talking.png";
    const auto result = runRespect(
        "--input-script '" + script + "' --frames 190 --screenshot '8:" + start.string() +
        "' --screenshot '170:" + near.string() + "' --screenshot '185:" + talking.string() + "'");
    INFO(result.output);
    REQUIRE(result.exitCode == 0);
    sf::Image first;
    sf::Image second;
    sf::Image third;
    REQUIRE(first.loadFromFile(start.string()));
    REQUIRE(second.loadFromFile(near.string()));
    REQUIRE(third.loadFromFile(talking.string()));

    // The camera follows the player, so walking changes most of the picture.
    CHECK(differingShare(first, second) > 0.3);
    // Near Mr Peeters the talk prompt (a panel at the bottom) appears; not at the start.
    CHECK(count(second, kPanel, 640, 700) > 2000);
    CHECK(count(first, kPanel, 640, 700) == 0);
    // Then the dialogue box covers the lower half, with the speaker's name in the title colour.
    CHECK(count(third, kPanel, 500, 640) > 100000);
    CHECK(count(third, kTitle, 300, 350) > 100);
}
