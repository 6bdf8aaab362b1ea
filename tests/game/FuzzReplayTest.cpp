// Every input that once broke a loader (tests/data/bugs/<kind>/), every fuzz seed
// (tests/fuzz/seeds/) and every bad input (tests/data/bad-input/) goes through the fuzz
// targets' own harness (load, check, play), so the harness itself is tested and a bug the
// fuzzers found stays fixed, in the normal build and under ASan + UBSan.

#include "FuzzHarness.hpp"

#include <engine/io/FileReader.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> filesIn(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    for (const auto& entry : fs::recursive_directory_iterator(folder, error)) {
        if (entry.is_regular_file() && entry.path().extension() != ".expected" &&
            entry.path().extension() != ".md") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("Known hostile inputs go through the fuzz harness without a crash", "[fuzz]") {
    const fs::path source(RESPECT_SOURCE_DIR);
    int replayed = 0;
    for (const char* kind : {"level", "code", "campaign", "map", "tileset", "translation", "save",
                             "settings", "progress", "script", "image", "sound"}) {
        respect::fuzz::FuzzHarness harness(*respect::game::fileKindNamed(kind), source);
        std::vector<fs::path> inputs;
        for (const auto& folder :
             {source / "tests/data/bugs" / kind, source / "tests/fuzz/seeds" / kind,
              source / "tests/data/bad-input" / kind}) {
            const auto more = filesIn(folder);
            inputs.insert(inputs.end(), more.begin(), more.end());
        }
        for (const auto& input : inputs) {
            INFO(input.string());
            const auto diagnostics =
                harness.run(respect::engine::io::readFileLimited(input, 16u * 1024u * 1024u));
            (void)diagnostics;
            ++replayed;
        }
    }
    CHECK(replayed >= 150);
}

TEST_CASE("The fuzz harness plays what loads and refuses what does not", "[fuzz]") {
    const fs::path source(RESPECT_SOURCE_DIR);
    respect::fuzz::FuzzHarness level(respect::game::FileKind::Level, source);
    CHECK_FALSE(
        level.run(respect::engine::io::readFileLimited(source / "levels/sample-first-day.xml"))
            .hasErrors());
    CHECK(level.run("<level").hasErrors());

    // A save whose checksum is wrong is refused, then tried again with it made right.
    respect::fuzz::FuzzHarness save(respect::game::FileKind::Save, source);
    const auto diagnostics = save.run(respect::engine::io::readFileLimited(
        source / "tests/data/bad-input/save/checksum-mismatch.json"));
    REQUIRE(diagnostics.items().size() == 2);
    CHECK(diagnostics.items()[0].message.find("checksum does not match") != std::string::npos);
    CHECK(diagnostics.items()[1].message.find("levels/first-day.xml") != std::string::npos);
}
