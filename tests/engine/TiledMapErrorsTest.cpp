// loadMap on broken fixtures: each fails with its exact `file:line: error: message`.
#include <engine/core/Error.hpp>
#include <engine/tiled/MapLoader.hpp>

#include <catch2/catch.hpp>

#include <string>

using respect::engine::Error;
using respect::engine::io::ContentRoot;
using namespace respect::engine::tiled;

namespace {

std::string failureOf(const std::string& file, const MapLimits& limits = {}) {
    static const ContentRoot root(RESPECT_TEST_DATA_DIR "/maps");
    try {
        loadMap(root, file, limits);
    } catch (const Error& error) {
        return error.what();
    }
    return "no error";
}

} // namespace

TEST_CASE("Tile data must hold exactly one valid gid per cell", "[tiled][unit]") {
    CHECK(failureOf("maps/bad-count.tmx") ==
          "maps/bad-count.tmx:7: error: layer 'floor' has 11 tiles, expected 12 (4×3)");
    CHECK(failureOf("maps/bad-xml-count.tmx") ==
          "maps/bad-xml-count.tmx:7: error: layer 'floor' has 13 tiles, expected 12 (4×3)");
    CHECK(failureOf("maps/bad-csv-token.tmx") ==
          "maps/bad-csv-token.tmx:9: error: layer 'floor': '12abc' in CSV tile data is not a "
          "tile number");
    // The line is the one of the offending CSV number.
    CHECK(failureOf("maps/bad-gid.tmx") ==
          "maps/bad-gid.tmx:10: error: tile 57 is not in any tileset");
    // 9 with the horizontal flag: the flag is masked off before the check.
    CHECK(failureOf("maps/bad-gid-base64.tmx") ==
          "maps/bad-gid-base64.tmx:7: error: tile 9 is not in any tileset");
}

TEST_CASE("Base64 and zlib tile data are checked before use", "[tiled][unit]") {
    CHECK(failureOf("maps/bad-base64.tmx") ==
          "maps/bad-base64.tmx:7: error: layer 'floor': tile data is not valid base64: "
          "unexpected character '!'");
    CHECK(failureOf("maps/bad-zlib-short.tmx") ==
          "maps/bad-zlib-short.tmx:7: error: layer 'floor': zlib data inflates to 44 bytes, "
          "expected exactly 48 bytes (4×3 tiles)");
    // 400,000 bytes squeezed into a few hundred: refused without inflating them all.
    CHECK(failureOf("maps/bad-zlib-long.tmx") ==
          "maps/bad-zlib-long.tmx:7: error: layer 'floor': zlib data inflates to more than 48 "
          "bytes, expected exactly 48 bytes (4×3 tiles)");
    CHECK(failureOf("maps/bad-zlib-corrupt.tmx") ==
          "maps/bad-zlib-corrupt.tmx:7: error: layer 'floor': zlib data is corrupt or truncated "
          "(is it really zlib? gzip and zstd are not supported)");
    CHECK(failureOf("maps/bad-gzip.tmx") ==
          "maps/bad-gzip.tmx:7: error: layer 'floor': gzip compression is not supported; choose "
          "CSV or Base64 (zlib compressed) as the tile layer format in Tiled");
    CHECK(failureOf("maps/bad-zstd.tmx") ==
          "maps/bad-zstd.tmx:7: error: layer 'floor': zstd compression is not supported; choose "
          "CSV or Base64 (zlib compressed) as the tile layer format in Tiled");
}

TEST_CASE("Tileset and image paths stay inside the content root and must exist", "[tiled][unit]") {
    CHECK(failureOf("maps/bad-escape.tmx") ==
          "maps/bad-escape.tmx:3: error: tileset '../../outside.tsx': path leaves the content "
          "folder");
    CHECK(failureOf("maps/bad-absolute.tmx") ==
          "maps/bad-absolute.tmx:4: error: tileset 't' image '/etc/passwd': absolute paths are "
          "not allowed in content; use a path relative to the file that names it");
    CHECK(failureOf("maps/bad-missing-tsx.tmx") ==
          "maps/bad-missing-tsx.tmx:3: error: tileset '../tiles/nowhere.tsx' "
          "(tiles/nowhere.tsx): file not found");
    // Tiled itself exits 0 when an image is missing.
    CHECK(failureOf("maps/bad-missing-image.tmx") ==
          "maps/bad-missing-image.tmx:4: error: tileset 'embedded' image '../tiles/missing.png' "
          "(tiles/missing.png): file not found");
    CHECK(failureOf("maps/bad-file-property.tmx") ==
          "maps/bad-file-property.tmx:4: error: property 'script' names file "
          "'../../secret.txt': path leaves the content folder");
    CHECK(failureOf("maps/no-such-map.tmx") == "maps/no-such-map.tmx: error: file not found");
}

TEST_CASE("Tilesets must match their image and not overlap", "[tiled][unit]") {
    CHECK(failureOf("maps/bad-image-size.tmx") ==
          "maps/bad-image-size.tmx:4: error: tileset 'embedded' image 'tiles/tiles.png' is "
          "64×32 pixels but the tileset says 64×64; open the tileset in Tiled and save it again");
    CHECK(failureOf("maps/bad-tileset-fit.tmx") ==
          "maps/bad-tileset-fit.tmx:4: error: tileset 'embedded': 12 tiles of 16×16 in 4 "
          "columns need an image of at least 64×48 pixels, not 64×32");
    CHECK(failureOf("maps/bad-overlap.tmx") ==
          "maps/bad-overlap.tmx:6: error: tileset 'late' starts at gid 5, inside tileset "
          "'embedded' (gids 1-8); tilesets must follow each other in gid order");
}

TEST_CASE("Map attributes are strict and bounded", "[tiled][unit]") {
    CHECK(failureOf("maps/bad-width.tmx") ==
          "maps/bad-width.tmx:2: error: attribute 'width' of <map> must be an integer, not "
          "'12abc'");
    CHECK(failureOf("maps/bad-huge.tmx") ==
          "maps/bad-huge.tmx:2: error: attribute 'width' of <map> must be between 1 and 512, "
          "not '100000'");
    CHECK(failureOf("maps/bad-isometric.tmx") ==
          "maps/bad-isometric.tmx:2: error: orientation 'isometric' is not supported; only "
          "orthogonal maps can be loaded");
    CHECK(failureOf("maps/bad-infinite.tmx") ==
          "maps/bad-infinite.tmx:2: error: infinite maps are not supported; untick 'Infinite' "
          "in the map properties in Tiled");
    CHECK(failureOf("maps/bad-group.tmx") ==
          "maps/bad-group.tmx:6: error: group layers are not supported; move the layers of "
          "group 'walls' out of it in Tiled");
}

TEST_CASE("Objects and properties are validated", "[tiled][unit]") {
    CHECK(failureOf("maps/bad-polygon.tmx") ==
          "maps/bad-polygon.tmx:5: error: object 'big': polygon has more than 64 points");
    MapLimits roomy;
    roomy.maxPolygonPoints = 100;
    CHECK(failureOf("maps/bad-polygon.tmx", roomy) ==
          "maps/bad-polygon.tmx:8: error: object 'odd': polygon point '1,nan' must be two finite "
          "numbers 'x,y' within 1000000 pixels");
    CHECK(failureOf("maps/bad-coordinate.tmx") ==
          "maps/bad-coordinate.tmx:4: error: attribute 'x' of <object> must be a number, not "
          "'1e999'");
    CHECK(failureOf("maps/bad-duplicate-id.tmx") ==
          "maps/bad-duplicate-id.tmx:5: error: object id 1 is used twice (first at line 4)");
    CHECK(failureOf("maps/bad-property.tmx") ==
          "maps/bad-property.tmx:4: error: property 'speed' must be an integer, not '12abc'");
    CHECK(failureOf("maps/bad-property-type.tmx") ==
          "maps/bad-property-type.tmx:4: error: property 'speed' has unknown type 'number'; "
          "expected string, int, float, bool, color, file or object");
}

TEST_CASE("MapLimits bound what a map may cost", "[tiled][unit]") {
    MapLimits limits;
    SECTION("tiles") {
        limits.maxTiles = 11;
        CHECK(failureOf("maps/csv.tmx", limits) ==
              "maps/csv.tmx:2: error: map is 4×3 = 12 tiles, more than the limit of 11");
    }
    SECTION("tile size") {
        limits.maxTileSizePixels = 8;
        CHECK(failureOf("maps/csv.tmx", limits) ==
              "maps/csv.tmx:2: error: attribute 'tilewidth' of <map> must be between 1 and 8, "
              "not '16'");
    }
    SECTION("tilesets") {
        limits.maxTilesets = 1;
        CHECK(failureOf("maps/external.tmx", limits) ==
              "maps/external.tmx:4: error: the map uses more than 1 tilesets");
    }
    SECTION("layers") {
        limits.maxLayers = 2;
        CHECK(failureOf("maps/objects.tmx", limits) ==
              "maps/objects.tmx:49: error: the map has more than 2 layers");
    }
    SECTION("objects in the whole map") {
        limits.maxObjects = 6;
        CHECK(failureOf("maps/objects.tmx", limits) ==
              "maps/objects.tmx:50: error: the map has more than 6 objects");
    }
    SECTION("polygon points") {
        limits.maxPolygonPoints = 2;
        CHECK(failureOf("maps/objects.tmx", limits) ==
              "maps/objects.tmx:39: error: object 'room': polygon has more than 2 points");
    }
    SECTION("coordinates") {
        limits.maxCoordinatePixels = 20;
        CHECK(failureOf("maps/objects.tmx", limits) ==
              "maps/objects.tmx:22: error: attribute 'y' of <object> must be between -20 and 20, "
              "not '32'");
    }
    SECTION("file size") {
        limits.maxFileBytes = 100;
        CHECK(failureOf("maps/csv.tmx", limits).rfind("maps/csv.tmx: error: ", 0) == 0);
    }
}
