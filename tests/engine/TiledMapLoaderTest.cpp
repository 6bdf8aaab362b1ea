// loadMap on valid fixtures: every tile data encoding, external tilesets, every object
// shape and every property type (tests/data/maps, written by make-fixtures.py).
#include <engine/tiled/MapLoader.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using respect::engine::Color;
using respect::engine::Vec2;
using respect::engine::io::ContentRoot;
using namespace respect::engine::tiled;

namespace {

const ContentRoot& fixtures() {
    static const ContentRoot root(RESPECT_TEST_DATA_DIR "/maps");
    return root;
}

constexpr std::uint8_t H = TileLayer::kFlipHorizontal;
constexpr std::uint8_t V = TileLayer::kFlipVertical;
constexpr std::uint8_t D = TileLayer::kFlipDiagonal;

const std::vector<std::uint32_t> kGids = {1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 1, 2};
const std::vector<std::uint8_t> kFlips = {0, 0, 0, 0, H, V, D, H | V | D, 0, 0, 0, 0};

void checkPoints(const std::vector<Vec2>& actual, const std::vector<Vec2>& expected) {
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(actual[i].x == Approx(expected[i].x).margin(1e-4));
        CHECK(actual[i].y == Approx(expected[i].y).margin(1e-4));
    }
}

} // namespace

TEST_CASE("Every tile data encoding gives the same gids with the flip flags masked off",
          "[tiled][unit]") {
    const std::string file = GENERATE(as<std::string>{}, "maps/csv.tmx", "maps/base64.tmx",
                                      "maps/zlib.tmx", "maps/xml-tiles.tmx");
    GIVEN("the 4×3 map " + file) {
        const Map map = loadMap(fixtures(), file);
        THEN("the map, its tileset and its layer are read") {
            CHECK(map.file == file);
            CHECK(map.orientation == "orthogonal");
            CHECK(map.width == 4);
            CHECK(map.height == 3);
            CHECK(map.tileWidth == 16);
            CHECK(map.tileHeight == 16);
            REQUIRE(map.tilesets.size() == 1);
            const Tileset& tileset = map.tilesets[0];
            CHECK(tileset.name == "embedded");
            CHECK(tileset.firstGid == 1);
            CHECK(tileset.tileCount == 8);
            CHECK(tileset.columns == 4);
            CHECK(tileset.image == "tiles/tiles.png");
            CHECK(tileset.imageWidth == 64);
            CHECK(tileset.imageHeight == 32);
            CHECK(tileset.sourceFile == file);
            CHECK(tileset.sourceLine == 3);
            REQUIRE(map.tileLayers.size() == 1);
            const TileLayer& layer = map.tileLayers[0];
            CHECK(layer.name == "floor");
            CHECK(layer.id == 1);
            CHECK(layer.line == 6);
            CHECK(layer.width == 4);
            CHECK(layer.height == 3);
            CHECK(layer.visible);
            CHECK(layer.opacity == 1.0);
            CHECK(layer.gids == kGids);
            CHECK(layer.flips == kFlips);
            CHECK(layer.gidAt(3, 1) == 8);
            CHECK(layer.flipsAt(3, 1) == (H | V | D));
            CHECK(map.objectLayers.empty());
            REQUIRE(map.layerOrder.size() == 1);
            CHECK(map.layerOrder[0].kind == LayerKind::Tiles);
        }
    }
}

TEST_CASE("An external tileset takes its firstgid from the map and the rest from the TSX",
          "[tiled][unit]") {
    const Map map = loadMap(fixtures(), "maps/external.tmx");
    REQUIRE(map.tilesets.size() == 2);

    const Tileset& terrain = map.tilesets[0];
    CHECK(terrain.name == "terrain");
    CHECK(terrain.firstGid == 1);
    CHECK(terrain.tileCount == 8);
    CHECK(terrain.sourceFile == "tiles/terrain.tsx");
    CHECK(terrain.sourceLine == 2);
    // "tiles.png" is relative to the TSX, not to the map.
    CHECK(terrain.image == "tiles/tiles.png");
    CHECK(terrain.properties.string("biome") == std::string("indoor"));
    REQUIRE(terrain.tileProperties.size() == 1);
    const Properties* tile = terrain.propertiesOfTile(2);
    REQUIRE(tile != nullptr);
    CHECK(tile->boolean("solid") == true);
    CHECK(tile->file("sound") == std::string("sounds/step.wav"));
    CHECK(terrain.propertiesOfTile(3) == nullptr);

    const Tileset& second = map.tilesets[1];
    CHECK(second.name == "second");
    CHECK(second.firstGid == 9);
    CHECK(second.sourceFile == "maps/external.tmx");
    CHECK(second.sourceLine == 4);

    const TileLayer& layer = map.tileLayers.at(0);
    CHECK_FALSE(layer.visible);
    CHECK(layer.opacity == 0.5);
    CHECK(layer.gids == std::vector<std::uint32_t>{1, 3, 8, 9, 16, 0, 0, 0, 0, 0, 0, 2});
    CHECK(layer.flips.back() == H);

    CHECK(map.tilesetForGid(8) == &terrain);
    CHECK(map.tilesetForGid(9) == &second);
    CHECK(map.tilesetForGid(16) == &second);
    CHECK(map.tilesetForGid(17) == nullptr);
    CHECK(map.tilesetForGid(0x80000002u) == &terrain);
    CHECK(map.tilesetForGid(0) == nullptr);
}

SCENARIO("Objects of every shape keep their geometry in pixels", "[tiled][unit]") {
    GIVEN("a map with two object layers") {
        const Map map = loadMap(fixtures(), "maps/objects.tmx");
        REQUIRE(map.objectLayers.size() == 2);
        const ObjectLayer& things = map.objectLayers[0];
        REQUIRE(things.objects.size() == 6);

        THEN("layers keep their order, names and attributes") {
            REQUIRE(map.layerOrder.size() == 3);
            CHECK(map.layerOrder[0].kind == LayerKind::Tiles);
            CHECK(map.layerOrder[1].kind == LayerKind::Objects);
            CHECK(map.layerOrder[1].index == 0);
            CHECK(map.layerOrder[2].kind == LayerKind::Objects);
            CHECK(map.layerOrder[2].index == 1);
            CHECK(things.name == "things");
            CHECK(things.id == 2);
            CHECK(things.line == 18);
            CHECK(things.visible);
            CHECK(things.properties.string("kind") == std::string("markers"));
            CHECK_FALSE(map.objectLayers[1].visible);
        }
        THEN("a rectangle has a position and a size") {
            const MapObject& desk = things.objects[0];
            CHECK(desk.id == 1);
            CHECK(desk.name == "desk");
            CHECK(desk.type == "furniture");
            CHECK(desk.shape == ObjectShape::Rectangle);
            CHECK(desk.x == 16.0f);
            CHECK(desk.y == 32.0f);
            CHECK(desk.width == 48.0f);
            CHECK(desk.height == 16.0f);
            CHECK(desk.points.empty());
            CHECK(desk.gid == 0);
            CHECK(desk.line == 22);
        }
        THEN("an ellipse reads Tiled 1.9's `class` as its type") {
            const MapObject& rug = things.objects[1];
            CHECK(rug.shape == ObjectShape::Ellipse);
            CHECK(rug.type == "decor");
            CHECK(rug.x == 8.5f);
            CHECK(rug.y == 4.25f);
            CHECK(rug.width == 20.0f);
            CHECK(rug.height == 10.0f);
        }
        THEN("polygon points are absolute") {
            const MapObject& room = things.objects[2];
            CHECK(room.shape == ObjectShape::Polygon);
            CHECK(room.width == 0.0f);
            checkPoints(room.points, {{10, 20}, {40, 20}, {40, 10}});
        }
        THEN("polyline points include the rotation, clockwise in degrees") {
            const MapObject& path = things.objects[3];
            CHECK(path.shape == ObjectShape::Polyline);
            CHECK(path.rotation == 90.0f);
            checkPoints(path.points, {{0, 0}, {0, 10}, {-5, 10}});
        }
        THEN("a point has a position only") {
            const MapObject& start = things.objects[4];
            CHECK(start.shape == ObjectShape::Point);
            CHECK(start.x == 24.0f);
            CHECK(start.y == 40.0f);
            CHECK(start.width == 0.0f);
        }
        THEN("a tile object has its gid masked and its flips kept") {
            const MapObject& lamp = things.objects[5];
            CHECK(lamp.gid == 3);
            CHECK(lamp.flips == H);
            CHECK(map.tilesetForGid(lamp.gid) == &map.tilesets[0]);
        }
        THEN("the map helpers find objects by name and type across layers") {
            const MapObject* start = map.findObject("player-start");
            REQUIRE(start != nullptr);
            CHECK(start->id == 5);
            CHECK(map.findObject("nobody") == nullptr);
            const auto furniture = map.objectsOfType("furniture");
            REQUIRE(furniture.size() == 2);
            CHECK(furniture[0]->name == "desk");
            CHECK(furniture[1]->name == "chair");
            CHECK(map.objectsOfType("spawn").size() == 1);
            CHECK(map.findObjectLayer("more") == &map.objectLayers[1]);
            CHECK(map.findTileLayer("floor") == &map.tileLayers[0]);
        }
    }
}

TEST_CASE("Custom properties of every type are parsed strictly", "[tiled][unit]") {
    const Map map = loadMap(fixtures(), "maps/objects.tmx");
    CHECK(map.properties.string("title") == std::string("Objects"));
    CHECK(map.properties.string("note") == std::string("two\nlines"));

    const Properties& desk = map.objectLayers.at(0).objects.at(0).properties;
    REQUIRE(desk.size() == 9);
    CHECK(desk.items()[0].name == "label");
    CHECK(desk.items()[0].line == 24);
    CHECK(desk.string("label") == std::string("Desk & chair"));
    CHECK(desk.integer("seats") == -3);
    CHECK(desk.number("seats") == -3.0);
    CHECK(desk.number("weight") == 12.5);
    CHECK(desk.boolean("movable") == false);
    CHECK(desk.color("tint") == Color{0xff, 0x00, 0x10, 0x80});
    CHECK(desk.color("shade") == Color{0x10, 0x20, 0x30, 0xff});
    CHECK(desk.color("unset") == Color{0, 0, 0, 0});
    // File properties are content paths, resolved against the map's folder.
    CHECK(desk.file("script") == std::string("scripts/desk.txt"));
    REQUIRE(desk.find("partner") != nullptr);
    CHECK(desk.find("partner")->type == PropertyType::Object);
    CHECK(desk.find("partner")->asObjectId() == 2);
    // Asking for another type answers nothing rather than a converted value.
    CHECK_FALSE(desk.integer("label").has_value());
    CHECK_FALSE(desk.string("seats").has_value());
    CHECK_FALSE(desk.boolean("missing").has_value());
}
