// Every broken campaign under tests/data/bad-input/campaign/ is refused by `respect check`
// with exactly the messages in its .expected file. Each fixture is a folder holding a
// campaign.xml and the levels it names, as levels/ does.

#include "RunProgram.hpp"

#include <engine/io/FileReader.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

namespace fs = std::filesystem;

namespace {

const fs::path kBroken = fs::path(RESPECT_TEST_DATA_DIR) / "bad-input/campaign";

} // namespace

TEST_CASE("Each broken campaign fixture gives its expected messages", "[check][campaign]") {
    std::vector<fs::path> fixtures;
    for (const auto& entry : fs::directory_iterator(kBroken)) {
        if (entry.is_directory()) {
            fixtures.push_back(entry.path());
        }
    }
    std::sort(fixtures.begin(), fixtures.end());
    REQUIRE(fixtures.size() >= 20);
    for (const auto& fixture : fixtures) {
        SECTION(fixture.filename().string()) {
            const auto expected =
                respect::engine::io::readFileLimited(fs::path(fixture).concat(".expected"));
            // Run from the fixture folder so messages name campaign.xml as the .expected has it.
            const auto result =
                respect::test::runCommand("cd '" + fixture.string() + "' && '" +
                                          RESPECT_EXECUTABLE + "' check --strict campaign.xml");
            CHECK(result.exitCode == 1);
            CHECK(result.output == expected);
        }
    }
}

TEST_CASE("respect check of a folder checks the campaign in it", "[check][campaign]") {
    const auto result =
        respect::test::runRespect("check --strict '" + (kBroken / "requires-later").string() + "'");
    CHECK(result.exitCode == 1);
    CHECK(result.output.find("/requires-later/campaign.xml:3: error: 'requires' names 'b'") !=
          std::string::npos);
    CHECK(result.output.find("checked 3 files") != std::string::npos);
}
