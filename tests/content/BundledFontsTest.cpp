// The bundled fonts (tools/fetch-fonts): each file is there, is an sfnt font FreeType can open
// (TrueType or OpenType/CFF, not WOFF), has the tables text needs, and ships with its licence.

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

namespace fs = std::filesystem;

namespace {

const fs::path kFonts = fs::path(RESPECT_SOURCE_DIR) / "assets" / "fonts";

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::uint32_t bigEndian(const std::string& bytes, std::size_t at, std::size_t width) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < width; ++i) {
        value = (value << 8) | static_cast<unsigned char>(bytes.at(at + i));
    }
    return value;
}

/// The tags of the sfnt table directory whose data lies inside the file.
std::set<std::string> tablesInside(const std::string& font) {
    constexpr std::size_t kHeaderSize = 12;
    constexpr std::size_t kRecordSize = 16;
    const std::size_t count = bigEndian(font, 4, 2);
    std::set<std::string> tags;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t record = kHeaderSize + i * kRecordSize;
        const std::uint64_t offset = bigEndian(font, record + 8, 4);
        const std::uint64_t length = bigEndian(font, record + 12, 4);
        if (offset + length <= font.size()) {
            tags.insert(font.substr(record, 4));
        }
    }
    return tags;
}

} // namespace

TEST_CASE("The bundled fonts are sfnt files with the tables text needs", "[content][fonts]") {
    const std::string trueType("\x00\x01\x00\x00", 4);
    for (const auto& [file, signature] : {
             std::pair<std::string, std::string>{"AtkinsonHyperlegible-Regular.ttf", trueType},
             {"AtkinsonHyperlegible-Bold.ttf", trueType},
             {"OpenDyslexic-Regular.otf", "OTTO"},
             {"OpenDyslexic-Bold.otf", "OTTO"},
         }) {
        SECTION(file) {
            const fs::path path = kFonts / file;
            REQUIRE(fs::is_regular_file(path));
            const std::string font = readBytes(path);
            REQUIRE(font.size() > 1024);
            CHECK(font.substr(0, 4) == signature);
            const auto tables = tablesInside(font);
            for (const char* tag : {"cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2"}) {
                INFO(tag);
                CHECK(tables.count(tag) == 1);
            }
            CHECK(tables.count(signature == trueType ? "glyf" : "CFF ") == 1);
        }
    }
}

TEST_CASE("Every bundled font ships with its licence and is listed in LICENSES.md",
          "[content][fonts]") {
    CHECK(fs::is_regular_file(kFonts / "OFL-AtkinsonHyperlegible.txt"));
    CHECK(readBytes(kFonts / "OFL-AtkinsonHyperlegible.txt").find("SIL OPEN FONT LICENSE") !=
          std::string::npos);
    CHECK(readBytes(kFonts / "OpenDyslexic-copyright.txt").find("CC-BY-3.0") != std::string::npos);
    const std::string licences = readBytes(kFonts.parent_path() / "LICENSES.md");
    for (const auto& entry : fs::directory_iterator(kFonts)) {
        const auto extension = entry.path().extension();
        if (extension == ".ttf" || extension == ".otf") {
            const auto name = entry.path().filename().string();
            INFO(name);
            CHECK(licences.find("fonts/" + name) != std::string::npos);
        }
    }
}
