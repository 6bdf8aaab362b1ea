// Map, Tileset and TileLayer helpers on models built in memory.
#include <engine/tiled/Map.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine::tiled;

namespace {

Tileset tileset(const std::string& name, std::uint32_t firstGid, int count) {
    Tileset out;
    out.name = name;
    out.firstGid = firstGid;
    out.tileCount = count;
    out.tileWidth = 16;
    out.tileHeight = 8;
    out.columns = 3;
    return out;
}

MapObject object(const std::string& name, const std::string& type) {
    MapObject out;
    out.name = name;
    out.type = type;
    return out;
}

} // namespace

TEST_CASE("tilesetForGid finds the range and ignores flip flags", "[tiled][unit]") {
    Map map;
    map.tilesets = {tileset("a", 1, 4), tileset("b", 10, 2)};
    CHECK(map.tilesetForGid(0) == nullptr);
    CHECK(map.tilesetForGid(1)->name == "a");
    CHECK(map.tilesetForGid(4)->name == "a");
    CHECK(map.tilesetForGid(5) == nullptr);
    CHECK(map.tilesetForGid(10)->name == "b");
    CHECK(map.tilesetForGid(11)->name == "b");
    CHECK(map.tilesetForGid(12) == nullptr);
    CHECK(map.tilesetForGid(0xE000000Bu)->name == "b");
    CHECK(map.tilesets[1].localId(11) == 1);
}

TEST_CASE("tileRect cuts tiles row by row with margin and spacing", "[tiled][unit]") {
    Tileset sheet = tileset("s", 1, 6);
    sheet.margin = 2;
    sheet.spacing = 1;
    const auto first = sheet.tileRect(0);
    CHECK(first.x == 2.0f);
    CHECK(first.y == 2.0f);
    CHECK(first.width == 16.0f);
    CHECK(first.height == 8.0f);
    const auto fifth = sheet.tileRect(4); // second row, second column
    CHECK(fifth.x == 2.0f + 17.0f);
    CHECK(fifth.y == 2.0f + 9.0f);
}

TEST_CASE("findObject and objectsOfType search object layers in order", "[tiled][unit]") {
    Map map;
    map.objectLayers.resize(2);
    map.objectLayers[0].objects = {object("door", "exit"), object("desk", "furniture")};
    map.objectLayers[1].objects = {object("door", "decor"), object("chair", "furniture")};
    REQUIRE(map.findObject("door") != nullptr);
    CHECK(map.findObject("door")->type == "exit");
    CHECK(map.findObject("window") == nullptr);
    const auto furniture = map.objectsOfType("furniture");
    REQUIRE(furniture.size() == 2);
    CHECK(furniture[0]->name == "desk");
    CHECK(furniture[1]->name == "chair");
    CHECK(map.objectsOfType("plant").empty());
}

TEST_CASE("TileLayer lookups answer 0 outside the grid", "[tiled][unit]") {
    TileLayer layer;
    layer.width = 2;
    layer.height = 2;
    layer.gids = {1, 2, 3, 4};
    layer.flips = {0, TileLayer::kFlipVertical, 0, 0};
    CHECK(layer.gidAt(1, 1) == 4);
    CHECK(layer.flipsAt(1, 0) == TileLayer::kFlipVertical);
    CHECK(layer.gidAt(2, 0) == 0);
    CHECK(layer.gidAt(-1, 0) == 0);
    CHECK(layer.gidAt(0, 2) == 0);
    CHECK(objectShapeName(ObjectShape::Polyline) == std::string("polyline"));
}
