// io::joinContentPath: how TMX and TSX files name other content files.
#include <engine/core/Error.hpp>
#include <engine/io/ContentRoot.hpp>

#include <catch2/catch.hpp>

#include <string>

using respect::engine::Error;
using respect::engine::io::joinContentPath;

namespace {

std::string failureOf(const std::string& from, const std::string& relative) {
    try {
        return "no error: " + joinContentPath(from, relative);
    } catch (const Error& error) {
        return error.what();
    }
}

} // namespace

TEST_CASE("joinContentPath resolves against the folder of the naming file", "[tiled][unit]") {
    CHECK(joinContentPath("a/maps/m.tmx", "../tiles/x.tsx") == "a/tiles/x.tsx");
    CHECK(joinContentPath("maps/m.tmx", "x.png") == "maps/x.png");
    CHECK(joinContentPath("m.tmx", "./tiles//x.png") == "tiles/x.png");
    CHECK(joinContentPath("maps/m.tmx", "../maps/./../y.png") == "y.png");
}

TEST_CASE("joinContentPath refuses paths that leave the content root", "[tiled][unit]") {
    CHECK(failureOf("maps/m.tmx", "../../x.tsx") ==
          "../../x.tsx: error: path leaves the content folder");
    CHECK(failureOf("m.tmx", "../x.tsx") == "../x.tsx: error: path leaves the content folder");
    CHECK(failureOf("maps/m.tmx", "/etc/passwd") ==
          "/etc/passwd: error: absolute paths are not allowed in content; use a path relative "
          "to the file that names it");
    CHECK(failureOf("maps/m.tmx", "C:/x.png") ==
          "C:/x.png: error: absolute paths are not allowed in content; use a path relative to "
          "the file that names it");
    CHECK(failureOf("maps/m.tmx", "..\\x.png") ==
          "..\\x.png: error: path must use '/' and printable characters");
    CHECK(failureOf("maps/m.tmx", "..") ==
          "..: error: path names the content folder itself, not a file");
    CHECK(failureOf("maps/m.tmx", "") == "error: empty path");
}
