// Every shipped map loads in our loader and opens in the Tiled editor (when installed).

#include "RunProgram.hpp"

#include <engine/io/ContentRoot.hpp>
#include <engine/tiled/MapLoader.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using respect::test::runCommand;
using respect::test::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> shippedMaps() {
    std::vector<std::string> maps;
    std::error_code error;
    for (const auto& entry :
         fs::directory_iterator(fs::path(RESPECT_SOURCE_DIR) / "levels/maps", error)) {
        if (entry.path().extension() == ".tmx") {
            maps.push_back("levels/maps/" + entry.path().filename().string());
        }
    }
    std::sort(maps.begin(), maps.end());
    return maps;
}

} // namespace

TEST_CASE("Every shipped map loads with a player start, walls and zones", "[content][maps]") {
    const respect::engine::io::ContentRoot data(RESPECT_SOURCE_DIR);
    const auto maps = shippedMaps();
    REQUIRE(maps.size() >= 2);
    for (const auto& path : maps) {
        SECTION(path) {
            const auto map = respect::engine::tiled::loadMap(data, path);
            CHECK(map.findObject("player-start") != nullptr);
            REQUIRE(map.findObjectLayer("collision") != nullptr);
            CHECK_FALSE(map.findObjectLayer("collision")->objects.empty());
            REQUIRE(map.findObjectLayer("zones") != nullptr);
            CHECK(map.findTileLayer("floor") != nullptr);
        }
    }
}

TEST_CASE("Every shipped map opens in the Tiled editor", "[content][maps]") {
    if (runCommand("command -v tiled").exitCode != 0) {
        WARN("the Tiled editor is not installed: export check skipped");
        return;
    }
    TemporaryFolder folder;
    for (const auto& path : shippedMaps()) {
        SECTION(path) {
            const auto out = folder / "map.json";
            const auto result =
                runCommand("cd '" + std::string(RESPECT_SOURCE_DIR) +
                           "' && QT_QPA_PLATFORM=offscreen tiled --export-map json '" + path +
                           "' '" + out.string() + "'");
            INFO(result.output);
            CHECK(result.exitCode == 0);
            CHECK(fs::file_size(out) > 100);
        }
    }
}
