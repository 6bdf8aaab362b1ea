// Every broken level under tests/data/bad-input/level/ is refused by `respect check` with
// exactly the messages in its .expected file; a few hostile files are generated here
// because they are too big or too binary to commit.

#include "RunProgram.hpp"

#include <engine/io/FileReader.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using respect::test::runRespect;
using respect::test::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

const fs::path kBroken = fs::path(RESPECT_TEST_DATA_DIR) / "bad-input/level";

std::string checkOutput(const fs::path& file) {
    // Run from the fixture folder so messages name the file the way the .expected has it.
    const auto result = respect::test::runCommand("cd '" + file.parent_path().string() + "' && '" +
                                                  RESPECT_EXECUTABLE + "' check --strict '" +
                                                  file.filename().string() + "'");
    CHECK(result.exitCode == 1);
    return result.output;
}

} // namespace

TEST_CASE("Each broken level fixture gives its expected messages", "[check][content]") {
    std::vector<fs::path> fixtures;
    for (const auto& entry : fs::directory_iterator(kBroken)) {
        if (entry.path().extension() == ".xml") {
            fixtures.push_back(entry.path());
        }
    }
    std::sort(fixtures.begin(), fixtures.end());
    REQUIRE(fixtures.size() >= 30);
    for (const auto& fixture : fixtures) {
        SECTION(fixture.filename().string()) {
            const auto expected = respect::engine::io::readFileLimited(
                fs::path(fixture).replace_extension(".expected"));
            CHECK(checkOutput(fixture) == expected);
        }
    }
}

TEST_CASE("Hostile level files are refused with a clear message", "[check][content]") {
    TemporaryFolder folder;
    const auto check = [&](const std::string& name, const std::string& contents) {
        folder.write(name, contents);
        return checkOutput(folder / name);
    };
    SECTION("UTF-16") {
        CHECK(check("utf16.xml", std::string("\xFF\xFE<\0l\0", 6)) ==
              "utf16.xml:1: error: file is UTF-16; save it as UTF-8\n"
              "checked 1 file: 1 error, 0 warnings\n");
    }
    SECTION("a 10 MB file") {
        CHECK(check("huge.xml", "<level>" + std::string(10 * 1024 * 1024, ' ') + "</level>") ==
              "huge.xml: error: file is too large (10485775 bytes, the limit is 8388608)\n"
              "checked 1 file: 1 error, 0 warnings\n");
    }
    SECTION("deep nesting") {
        std::string deep;
        for (int i = 0; i < 5000; ++i) {
            deep += "<a>";
        }
        CHECK(check("deep.xml", deep) ==
              "deep.xml:1: error: elements are nested too deeply (more than 64 levels)\n"
              "checked 1 file: 1 error, 0 warnings\n");
    }
    SECTION("thousands of attributes") {
        std::string element = "<level";
        for (int i = 0; i < 5000; ++i) {
            element += " a" + std::to_string(i) + "=\"x\"";
        }
        CHECK(check("attributes.xml", element + "/>") ==
              "attributes.xml:1: error: too many attributes on <level> (more than 64)\n"
              "checked 1 file: 1 error, 0 warnings\n");
    }
}
