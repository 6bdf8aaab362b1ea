// Every file under tests/data/bad-input/<kind>/ is read by the game's own loader and
// checker for that kind (checkUserFile, what `respect check FILE` and the fuzz targets
// use) and gives exactly the messages of its .expected file: the game reports it and goes
// on, and nothing crashes (the sanitizer build runs this too). Levels and campaigns have
// their own tests through the `respect check` command (BrokenLevelsTest,
// BrokenCampaignsTest). A new case: add the file, run with RESPECT_BLESS=1 to write its
// missing .expected, read it, and run again.

#include "RunProgram.hpp"

#include <engine/io/FileReader.hpp>
#include <game/check/UserFiles.hpp>
#include <game/level/LevelFiles.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>

namespace fs = std::filesystem;
using respect::game::FileKind;

namespace {

const fs::path kBadInput = fs::path(RESPECT_TEST_DATA_DIR) / "bad-input";

std::vector<fs::path> casesOf(const std::string& kind) {
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(kBadInput / kind)) {
        if (entry.is_regular_file() && entry.path().extension() != ".expected" &&
            entry.path().filename() != "tiles.png") {
            cases.push_back(entry.path());
        }
    }
    std::sort(cases.begin(), cases.end());
    return cases;
}

} // namespace

TEST_CASE("Each bad input gives its expected messages and the game goes on", "[check][bad-input]") {
    const respect::engine::io::ContentRoot data(RESPECT_SOURCE_DIR);
    respect::engine::DiagnosticList codeProblems;
    const auto code = respect::game::loadDiversityCode(
        data.path() / respect::game::kDiversityCodePath, "diversity-code.xml", codeProblems);
    REQUIRE(code);
    const respect::game::CheckContext context{&data, &*code};
    const bool bless = std::getenv("RESPECT_BLESS") != nullptr;
    int total = 0;
    for (const char* kind : {"code", "map", "tileset", "translation", "save", "settings",
                             "progress", "script", "image", "sound"}) {
        const auto cases = casesOf(kind);
        CHECK(cases.size() >= 3);
        total += static_cast<int>(cases.size());
        for (const auto& file : cases) {
            DYNAMIC_SECTION(kind << "/" << file.filename().string()) {
                respect::engine::DiagnosticList diagnostics;
                respect::game::checkUserFile(*respect::game::fileKindNamed(kind), file,
                                             file.filename().string(), context, diagnostics);
                CHECK_FALSE(diagnostics.empty()); // a bad input is never taken silently
                const fs::path expectedFile = fs::path(file).concat(".expected");
                if (bless && !fs::exists(expectedFile)) {
                    std::ofstream(expectedFile) << diagnostics.formatAll();
                    FAIL("wrote " << expectedFile << ": read it, then run again");
                }
                CHECK(diagnostics.formatAll() ==
                      respect::engine::io::readFileLimited(expectedFile));
            }
        }
    }
    CHECK(total >= 40);
}

TEST_CASE("respect check reads any kind of file the game reads", "[check][bad-input]") {
    const auto result = respect::test::runCommand(
        "cd '" + kBadInput.string() + "' && '" + RESPECT_EXECUTABLE +
        "' check image/bomb.png sound/claims-2gb.wav map/collinear-wall.tmx notes.md");
    CHECK(result.exitCode == 1);
    CHECK(result.output.find("image/bomb.png: error: image is 20000×20000 pixels; the limit is "
                             "4096×4096\n") != std::string::npos);
    CHECK(result.output.find("sound/claims-2gb.wav: error: WAV file declares 2147483648 bytes "
                             "of samples but only 20 follow") != std::string::npos);
    CHECK(result.output.find("collinear-wall.tmx:") != std::string::npos);
    CHECK(result.output.find("notes.md: error: not a file the game reads") != std::string::npos);
    CHECK(result.output.find("checked 3 files: 4 errors, 0 warnings\n") != std::string::npos);
}
