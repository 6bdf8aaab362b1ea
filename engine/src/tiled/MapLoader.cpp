#include "Reading.hpp"
#include "TileData.hpp"

#include <engine/core/Error.hpp>
#include <engine/render/ImageHeader.hpp>
#include <engine/tiled/MapLoader.hpp>
#include <engine/xml/Document.hpp>
#include <engine/xml/StrictNumbers.hpp>

#include <array>
#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <optional>

namespace respect::engine::tiled {
namespace {

using detail::checkChildren;
using detail::excerpt;
using detail::fail;
using detail::optionalFlag;
using detail::optionalInt;
using detail::optionalNumber;
using detail::optionalString;
using detail::readProperties;
using detail::requiredInt;
using detail::requiredString;

constexpr std::uint32_t kFlippedHorizontally = 0x80000000u;
constexpr std::uint32_t kFlippedVertically = 0x40000000u;
constexpr std::uint32_t kFlippedDiagonally = 0x20000000u;
constexpr std::uint32_t kGidMask = 0x1FFFFFFFu;
constexpr std::int64_t kMaxId = std::numeric_limits<int>::max();
constexpr std::int64_t kMaxRawGid = std::numeric_limits<std::uint32_t>::max();
constexpr double kPi = 3.14159265358979323846;

std::string sizeText(std::int64_t width, std::int64_t height) {
    return std::to_string(width) + "×" + std::to_string(height);
}

std::uint8_t flipsOf(std::uint32_t raw) {
    std::uint8_t flips = 0;
    if ((raw & kFlippedHorizontally) != 0) {
        flips |= TileLayer::kFlipHorizontal;
    }
    if ((raw & kFlippedVertically) != 0) {
        flips |= TileLayer::kFlipVertical;
    }
    if ((raw & kFlippedDiagonally) != 0) {
        flips |= TileLayer::kFlipDiagonal;
    }
    return flips;
}

// The size a PNG file's header declares, or nothing when it is not a PNG.
std::optional<std::pair<std::uint32_t, std::uint32_t>>
pngFileSize(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::array<char, 24> header{};
    if (!in.read(header.data(), static_cast<std::streamsize>(header.size()))) {
        return std::nullopt;
    }
    return pngSize(std::string_view(header.data(), header.size()));
}

class Loader {
public:
    Loader(const io::ContentRoot& root, const MapLimits& limits) : root_(root), limits_(limits) {
        xmlLimits_.maxBytes = limits.maxFileBytes;
        // Tile data is one long text run.
        xmlLimits_.maxStringBytes = limits.maxFileBytes;
        xmlLimits_.maxElements =
            static_cast<std::size_t>(std::max<std::int64_t>(limits.maxTiles, 0)) +
            static_cast<std::size_t>(std::max(limits.maxObjects, 0)) * 4u + 10000u;
    }

    Map load(const std::string& relativePath) {
        const xml::Document document = xml::Document::load(root_, relativePath, xmlLimits_);
        map_.file = relativePath;
        readMap(document.root());
        return std::move(map_);
    }

private:
    void readMap(const xml::Element& element) {
        if (element.name() != "map") {
            fail(element, "root element is <" + std::string(element.name()) + ">, expected <map>");
        }
        const std::string orientation = requiredString(element, "orientation");
        if (orientation != "orthogonal") {
            fail(element, "orientation '" + excerpt(orientation) +
                              "' is not supported; only orthogonal maps can be loaded");
        }
        map_.orientation = orientation;
        if (optionalFlag(element, "infinite", false)) {
            fail(element, "infinite maps are not supported; untick 'Infinite' in the map "
                          "properties in Tiled");
        }
        map_.width = static_cast<int>(requiredInt(element, "width", 1, limits_.maxWidthTiles));
        map_.height = static_cast<int>(requiredInt(element, "height", 1, limits_.maxHeightTiles));
        const std::int64_t tiles = std::int64_t{map_.width} * map_.height;
        if (tiles > limits_.maxTiles) {
            fail(element, "map is " + sizeText(map_.width, map_.height) + " = " +
                              std::to_string(tiles) + " tiles, more than the limit of " +
                              std::to_string(limits_.maxTiles));
        }
        map_.tileWidth =
            static_cast<int>(requiredInt(element, "tilewidth", 1, limits_.maxTileSizePixels));
        map_.tileHeight =
            static_cast<int>(requiredInt(element, "tileheight", 1, limits_.maxTileSizePixels));
        checkChildren(element, {"properties", "editorsettings", "tileset", "layer", "objectgroup",
                                "group", "imagelayer"});
        map_.properties = readProperties(element);

        for (const xml::Element& child : element.children("tileset")) {
            if (static_cast<int>(map_.tilesets.size()) >= limits_.maxTilesets) {
                fail(child,
                     "the map uses more than " + std::to_string(limits_.maxTilesets) + " tilesets");
            }
            map_.tilesets.push_back(readTilesetReference(child));
            checkGidRange(child);
        }

        int layers = 0;
        for (const xml::Element& child : element.children()) {
            const std::string_view name = child.name();
            if (name == "layer" || name == "objectgroup" || name == "group" ||
                name == "imagelayer") {
                if (++layers > limits_.maxLayers) {
                    fail(child,
                         "the map has more than " + std::to_string(limits_.maxLayers) + " layers");
                }
            }
            if (name == "layer") {
                map_.tileLayers.push_back(readTileLayer(child));
                map_.layerOrder.push_back({LayerKind::Tiles, map_.tileLayers.size() - 1});
            } else if (name == "objectgroup") {
                map_.objectLayers.push_back(readObjectLayer(child));
                map_.layerOrder.push_back({LayerKind::Objects, map_.objectLayers.size() - 1});
            } else if (name == "group") {
                fail(child, "group layers are not supported; move the layers of group '" +
                                excerpt(optionalString(child, "name")) + "' out of it in Tiled");
            } else if (name == "imagelayer") {
                fail(child, "image layers are not supported; put the image in a tileset");
            }
        }
    }

    // The newest tileset must start after the previous one ends, and end by the last gid.
    void checkGidRange(const xml::Element& reference) const {
        const Tileset& tileset = map_.tilesets.back();
        const std::int64_t last =
            std::int64_t{tileset.firstGid} + std::int64_t{tileset.tileCount} - 1;
        if (last > std::int64_t{kGidMask}) {
            fail(reference, "tileset '" + tileset.name + "' ends at gid " + std::to_string(last) +
                                ", beyond the largest gid " + std::to_string(kGidMask));
        }
        if (map_.tilesets.size() < 2) {
            return;
        }
        const Tileset& previous = map_.tilesets[map_.tilesets.size() - 2];
        const std::int64_t previousLast =
            std::int64_t{previous.firstGid} + std::int64_t{previous.tileCount} - 1;
        if (std::int64_t{tileset.firstGid} <= previousLast) {
            fail(reference, "tileset '" + tileset.name + "' starts at gid " +
                                std::to_string(tileset.firstGid) + ", inside tileset '" +
                                previous.name + "' (gids " + std::to_string(previous.firstGid) +
                                "-" + std::to_string(previousLast) +
                                "); tilesets must follow each other in gid order");
        }
    }

    Tileset readTilesetReference(const xml::Element& element) {
        Tileset tileset;
        tileset.firstGid =
            static_cast<std::uint32_t>(requiredInt(element, "firstgid", 1, kGidMask));
        const auto source = element.attribute("source");
        if (!source) {
            readTileset(element, tileset);
            return tileset;
        }
        checkChildren(element, {});
        const std::string path = detail::existingContentPath(root_, element, "tileset", *source);
        readExternalTileset(path, tileset);
        return tileset;
    }

public:
    Tileset loadTileset(const std::string& relativePath) {
        Tileset tileset;
        tileset.firstGid = 1;
        readExternalTileset(relativePath, tileset);
        return tileset;
    }

private:
    void readExternalTileset(const std::string& path, Tileset& tileset) {
        const xml::Document document = xml::Document::load(root_, path, xmlLimits_);
        const xml::Element external = document.root();
        if (external.name() != "tileset") {
            fail(external,
                 "root element is <" + std::string(external.name()) + ">, expected <tileset>");
        }
        readTileset(external, tileset);
    }

    void readTileset(const xml::Element& element, Tileset& tileset) {
        tileset.sourceFile = element.fileName();
        tileset.sourceLine = element.line();
        tileset.name = optionalString(element, "name");
        const std::string quoted = "tileset '" + tileset.name + "'";
        const int maxSide = limits_.maxImageSidePixels;
        tileset.tileWidth =
            static_cast<int>(requiredInt(element, "tilewidth", 1, limits_.maxTileSizePixels));
        tileset.tileHeight =
            static_cast<int>(requiredInt(element, "tileheight", 1, limits_.maxTileSizePixels));
        tileset.tileCount = static_cast<int>(requiredInt(element, "tilecount", 1, kGidMask));
        tileset.columns = static_cast<int>(requiredInt(element, "columns", 1, maxSide));
        tileset.spacing = static_cast<int>(optionalInt(element, "spacing", 0, 0, maxSide));
        tileset.margin = static_cast<int>(optionalInt(element, "margin", 0, 0, maxSide));
        checkChildren(element, {"image", "tileoffset", "grid", "properties", "terraintypes",
                                "wangsets", "transformations", "tile", "editorsettings"});

        const auto images = element.children("image");
        if (images.empty()) {
            fail(element, quoted + " has no <image>; image collection tilesets are not supported");
        }
        if (images.size() > 1) {
            fail(images[1], quoted + " has more than one <image>");
        }
        readTilesetImage(images[0], tileset, quoted);

        if (const auto offset = element.child("tileoffset")) {
            if (optionalInt(*offset, "x", 0, -maxSide, maxSide) != 0 ||
                optionalInt(*offset, "y", 0, -maxSide, maxSide) != 0) {
                fail(*offset, quoted + ": tile offsets are not supported; set them to 0");
            }
        }
        tileset.properties = readProperties(element);
        for (const xml::Element& tile : element.children("tile")) {
            checkChildren(tile, {"properties", "image", "objectgroup", "animation"});
            const auto id =
                static_cast<std::uint32_t>(requiredInt(tile, "id", 0, tileset.tileCount - 1));
            if (tile.child("image")) {
                fail(tile, quoted + ": tiles with their own image are not supported");
            }
            Properties properties = readProperties(tile);
            if (tileset.tileProperties.count(id) != 0) {
                fail(tile, quoted + ": tile " + std::to_string(id) + " is described twice");
            }
            if (!properties.empty()) {
                tileset.tileProperties.emplace(id, std::move(properties));
            }
        }
    }

    void readTilesetImage(const xml::Element& image, Tileset& tileset, const std::string& quoted) {
        checkChildren(image, {});
        const std::string source = requiredString(image, "source");
        tileset.image = detail::existingContentPath(root_, image, quoted + " image", source);
        tileset.imageWidth =
            static_cast<int>(requiredInt(image, "width", 1, limits_.maxImageSidePixels));
        tileset.imageHeight =
            static_cast<int>(requiredInt(image, "height", 1, limits_.maxImageSidePixels));
        if (const auto actual = pngFileSize(root_.resolve(tileset.image))) {
            const auto [width, height] = *actual;
            if (width != static_cast<std::uint32_t>(tileset.imageWidth) ||
                height != static_cast<std::uint32_t>(tileset.imageHeight)) {
                fail(image, quoted + " image '" + tileset.image + "' is " +
                                sizeText(width, height) + " pixels but the tileset says " +
                                sizeText(tileset.imageWidth, tileset.imageHeight) +
                                "; open the tileset in Tiled and save it again");
            }
        }
        const std::int64_t columns = tileset.columns;
        const std::int64_t rows = (std::int64_t{tileset.tileCount} + columns - 1) / columns;
        const std::int64_t neededWidth =
            tileset.margin + columns * tileset.tileWidth + (columns - 1) * tileset.spacing;
        const std::int64_t neededHeight =
            tileset.margin + rows * tileset.tileHeight + (rows - 1) * tileset.spacing;
        if (neededWidth > tileset.imageWidth || neededHeight > tileset.imageHeight) {
            fail(image, quoted + ": " + std::to_string(tileset.tileCount) + " tiles of " +
                            sizeText(tileset.tileWidth, tileset.tileHeight) + " in " +
                            std::to_string(columns) + " columns need an image of at least " +
                            sizeText(neededWidth, neededHeight) + " pixels, not " +
                            sizeText(tileset.imageWidth, tileset.imageHeight));
        }
    }

    bool inAnyTileset(std::uint32_t gid) const {
        for (const Tileset& tileset : map_.tilesets) {
            if (tileset.containsGid(gid)) {
                return true;
            }
        }
        return false;
    }

    void readLayerOffset(const xml::Element& element, const std::string& quoted) const {
        const double limit = limits_.maxCoordinatePixels;
        if (optionalNumber(element, "offsetx", 0.0, -limit, limit) != 0.0 ||
            optionalNumber(element, "offsety", 0.0, -limit, limit) != 0.0) {
            fail(element, quoted + ": layer offsets are not supported; set them to 0");
        }
    }

    TileLayer readTileLayer(const xml::Element& element) {
        checkChildren(element, {"properties", "data"});
        TileLayer layer;
        layer.name = optionalString(element, "name");
        layer.id = static_cast<int>(optionalInt(element, "id", 0, 0, kMaxId));
        layer.line = element.line();
        const std::string quoted = "layer '" + layer.name + "'";
        layer.width = static_cast<int>(requiredInt(element, "width", 1, limits_.maxWidthTiles));
        layer.height = static_cast<int>(requiredInt(element, "height", 1, limits_.maxHeightTiles));
        if (layer.width != map_.width || layer.height != map_.height) {
            fail(element, quoted + " is " + sizeText(layer.width, layer.height) +
                              " tiles but the map is " + sizeText(map_.width, map_.height));
        }
        readLayerOffset(element, quoted);
        layer.visible = optionalFlag(element, "visible", true);
        layer.opacity = optionalNumber(element, "opacity", 1.0, 0.0, 1.0);
        layer.properties = readProperties(element);

        const auto blocks = element.children("data");
        if (blocks.empty()) {
            fail(element, quoted + " has no <data>");
        }
        if (blocks.size() > 1) {
            fail(blocks[1], quoted + " has more than one <data>");
        }
        const xml::Element& data = blocks[0];
        if (const auto chunk = data.child("chunk")) {
            fail(*chunk, quoted + ": chunks belong to infinite maps, which are not supported");
        }
        const std::string encoding = optionalString(data, "encoding");
        const auto compression = data.attribute("compression");
        const detail::LayerDataSource source{data.fileName(), data.line(), layer.name, layer.width,
                                             layer.height};
        std::vector<std::uint32_t> raw;
        std::string text;
        std::vector<xml::Element> tiles;
        if (compression && encoding != "base64") {
            fail(data, quoted + ": only base64 tile data can be compressed");
        }
        if (encoding == "csv") {
            checkChildren(data, {});
            text = data.text();
            raw = detail::decodeCsv(text, source);
        } else if (encoding == "base64") {
            checkChildren(data, {});
            bool zlib = false;
            if (compression) {
                if (*compression == "zlib") {
                    zlib = true;
                } else if (*compression == "gzip" || *compression == "zstd") {
                    fail(data, quoted + ": " + *compression +
                                   " compression is not supported; choose CSV or Base64 (zlib "
                                   "compressed) as the tile layer format in Tiled");
                } else {
                    fail(data, quoted + ": unknown compression '" + excerpt(*compression) +
                                   "'; expected zlib");
                }
            }
            raw = detail::decodeBase64Tiles(data.text(), zlib, source);
        } else if (encoding.empty()) {
            checkChildren(data, {"tile"});
            tiles = data.children("tile");
            if (tiles.size() != source.tileCount()) {
                fail(data, source.countMessage(tiles.size()));
            }
            raw.reserve(tiles.size());
            for (const xml::Element& tile : tiles) {
                raw.push_back(
                    static_cast<std::uint32_t>(optionalInt(tile, "gid", 0, 0, kMaxRawGid)));
            }
        } else {
            fail(data,
                 quoted + ": unknown encoding '" + excerpt(encoding) + "'; expected csv or base64");
        }

        layer.gids.resize(raw.size());
        layer.flips.resize(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            const std::uint32_t gid = raw[i] & kGidMask;
            if (gid != 0 && !inAnyTileset(gid)) {
                const int line = encoding == "csv" ? detail::csvLineOf(text, i, data.line())
                                 : tiles.empty()   ? data.line()
                                                   : tiles[i].line();
                fail(data.fileName(), line,
                     "tile " + std::to_string(gid) + " is not in any tileset");
            }
            layer.gids[i] = gid;
            layer.flips[i] = flipsOf(raw[i]);
        }
        return layer;
    }

    ObjectLayer readObjectLayer(const xml::Element& element) {
        checkChildren(element, {"properties", "object"});
        ObjectLayer layer;
        layer.name = optionalString(element, "name");
        layer.id = static_cast<int>(optionalInt(element, "id", 0, 0, kMaxId));
        layer.line = element.line();
        readLayerOffset(element, "object layer '" + layer.name + "'");
        layer.visible = optionalFlag(element, "visible", true);
        layer.opacity = optionalNumber(element, "opacity", 1.0, 0.0, 1.0);
        layer.properties = readProperties(element);
        for (const xml::Element& child : element.children("object")) {
            if (++objectCount_ > limits_.maxObjects) {
                fail(child,
                     "the map has more than " + std::to_string(limits_.maxObjects) + " objects");
            }
            layer.objects.push_back(readObject(child));
        }
        return layer;
    }

    MapObject readObject(const xml::Element& element) {
        checkChildren(element, {"properties", "ellipse", "point", "polygon", "polyline", "text"});
        if (element.hasAttribute("template")) {
            fail(element, "object templates are not supported; detach the object from its "
                          "template in Tiled");
        }
        if (const auto text = element.child("text")) {
            fail(*text, "text objects are not supported");
        }
        MapObject object;
        object.line = element.line();
        object.id = static_cast<int>(optionalInt(element, "id", 0, 1, kMaxId));
        if (object.id != 0) {
            const auto [earlier, added] = objectLines_.emplace(object.id, object.line);
            if (!added) {
                fail(element, "object id " + std::to_string(object.id) +
                                  " is used twice (first at line " +
                                  std::to_string(earlier->second) + ")");
            }
        }
        object.name = optionalString(element, "name");
        // Tiled 1.9 renamed an object's `type` to `class`.
        object.type = element.attribute("type").value_or(optionalString(element, "class"));
        const std::string quoted = object.name.empty() ? "object " + std::to_string(object.id)
                                                       : "object '" + object.name + "'";
        const double limit = limits_.maxCoordinatePixels;
        object.x = static_cast<float>(optionalNumber(element, "x", 0.0, -limit, limit));
        object.y = static_cast<float>(optionalNumber(element, "y", 0.0, -limit, limit));
        object.width = static_cast<float>(optionalNumber(element, "width", 0.0, 0.0, limit));
        object.height = static_cast<float>(optionalNumber(element, "height", 0.0, 0.0, limit));
        object.rotation =
            static_cast<float>(optionalNumber(element, "rotation", 0.0, -360.0, 360.0));
        object.visible = optionalFlag(element, "visible", true);
        if (element.hasAttribute("gid")) {
            const auto raw =
                static_cast<std::uint32_t>(optionalInt(element, "gid", 0, 0, kMaxRawGid));
            object.gid = raw & kGidMask;
            object.flips = flipsOf(raw);
            if (!inAnyTileset(object.gid)) {
                fail(element, "tile " + std::to_string(object.gid) + " is not in any tileset");
            }
        }

        std::vector<xml::Element> shapes;
        for (const xml::Element& child : element.children()) {
            if (child.name() != "properties") {
                shapes.push_back(child);
            }
        }
        if (shapes.size() > 1) {
            fail(shapes[1], quoted + " has more than one shape");
        }
        if (!shapes.empty()) {
            const xml::Element& shape = shapes[0];
            checkChildren(shape, {});
            if (object.gid != 0) {
                fail(shape,
                     quoted + ": a tile object cannot also be a " + std::string(shape.name()));
            }
            if (shape.name() == "ellipse") {
                object.shape = ObjectShape::Ellipse;
            } else if (shape.name() == "point") {
                object.shape = ObjectShape::Point;
            } else {
                const bool polygon = shape.name() == "polygon";
                object.shape = polygon ? ObjectShape::Polygon : ObjectShape::Polyline;
                readPoints(shape, object, polygon ? 3u : 2u, quoted);
            }
        }
        object.properties = readProperties(element);
        return object;
    }

    void readPoints(const xml::Element& shape, MapObject& object, std::size_t minimum,
                    const std::string& quoted) const {
        const std::string text = requiredString(shape, "points");
        const double limit = limits_.maxCoordinatePixels;
        const double radians = static_cast<double>(object.rotation) * kPi / 180.0;
        const double cosine = std::cos(radians);
        const double sine = std::sin(radians);
        const std::string kind(shape.name());
        std::size_t i = 0;
        while (i < text.size()) {
            if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
                ++i;
                continue;
            }
            const std::size_t begin = i;
            while (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n' &&
                   text[i] != '\r') {
                ++i;
            }
            const std::string_view token = std::string_view(text).substr(begin, i - begin);
            const std::size_t comma = token.find(',');
            double px = 0.0;
            double py = 0.0;
            if (comma == std::string_view::npos ||
                !xml::parseStrictNumber(token.substr(0, comma), px) ||
                !xml::parseStrictNumber(token.substr(comma + 1), py) || std::abs(px) > limit ||
                std::abs(py) > limit) {
                fail(shape, quoted + ": " + kind + " point '" + excerpt(token) +
                                "' must be two finite numbers 'x,y' within " +
                                std::to_string(static_cast<long long>(limit)) + " pixels");
            }
            if (static_cast<int>(object.points.size()) >= limits_.maxPolygonPoints) {
                fail(shape, quoted + ": " + kind + " has more than " +
                                std::to_string(limits_.maxPolygonPoints) + " points");
            }
            object.points.push_back(Vec2{static_cast<float>(object.x + px * cosine - py * sine),
                                         static_cast<float>(object.y + px * sine + py * cosine)});
        }
        if (object.points.size() < minimum) {
            fail(shape, quoted + ": a " + kind + " needs at least " + std::to_string(minimum) +
                            " points, not " + std::to_string(object.points.size()));
        }
    }

    const io::ContentRoot& root_;
    const MapLimits& limits_;
    xml::Limits xmlLimits_;
    Map map_;
    int objectCount_ = 0;
    std::map<int, int> objectLines_; ///< object id -> line
};

} // namespace

Map loadMap(const io::ContentRoot& root, const std::string& relativePath, const MapLimits& limits) {
    return Loader(root, limits).load(relativePath);
}

Tileset loadTileset(const io::ContentRoot& root, const std::string& relativePath,
                    const MapLimits& limits) {
    return Loader(root, limits).loadTileset(relativePath);
}

} // namespace respect::engine::tiled
