// The complete example level in the README is valid: authors copy it.

#include <engine/io/FileReader.hpp>
#include <engine/xml/Document.hpp>
#include <game/level/LevelChecker.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/level/LevelLoader.hpp>

#include <catch2/catch.hpp>

using namespace respect;
namespace fs = std::filesystem;

TEST_CASE("The README's complete example level loads and checks clean", "[content]") {
    const fs::path root = RESPECT_SOURCE_DIR;
    const std::string readme = engine::io::readFileLimited(root / "README.md");
    const auto section = readme.find("### A complete example");
    REQUIRE(section != std::string::npos);
    const auto start = readme.find("```xml\n", section);
    REQUIRE(start != std::string::npos);
    const auto end = readme.find("```\n", start + 7);
    const std::string example = readme.substr(start + 7, end - start - 7);

    engine::DiagnosticList diagnostics;
    const auto code = game::loadDiversityCode(root / "levels/diversity-code.xml",
                                              "diversity-code.xml", diagnostics);
    REQUIRE(code);
    const auto document = engine::xml::Document::parse(example, "README.md example");
    const auto level = game::loadLevel(document, diagnostics);
    REQUIRE(level);
    // Asset files are not checked: the example names art that is not shipped.
    game::checkLevel(*level, *code, nullptr, diagnostics);
    INFO(diagnostics.formatAll());
    CHECK(diagnostics.errorCount() == 0);
    CHECK(level->encounters.size() == 2);
}

TEST_CASE("The README's campaign example is the shipped campaign", "[content][campaign]") {
    const fs::path root = RESPECT_SOURCE_DIR;
    const std::string readme = engine::io::readFileLimited(root / "README.md");
    const auto section = readme.find("### The campaign");
    REQUIRE(section != std::string::npos);
    const auto start = readme.find("```xml\n", section);
    REQUIRE(start != std::string::npos);
    const auto end = readme.find("```\n", start + 7);
    CHECK(readme.substr(start + 7, end - start - 7) ==
          engine::io::readFileLimited(root / game::kCampaignPath));
}
