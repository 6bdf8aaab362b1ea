#pragma once
// A tileset as one map uses it: gids [firstGid, firstGid + tileCount) name tiles cut, row
// by row, from one image; `image` is a content path (relative to the content root).

#include <engine/core/Vec2.hpp>
#include <engine/tiled/Properties.hpp>

#include <cstdint>
#include <map>
#include <string>

namespace respect::engine::tiled {

struct Tileset {
    std::uint32_t firstGid = 1;
    std::string name;
    int tileWidth = 0;  ///< pixels
    int tileHeight = 0; ///< pixels
    int tileCount = 0;
    int columns = 0;
    int spacing = 0; ///< pixels between tiles
    int margin = 0;  ///< pixels before the first row and column
    std::string image;
    int imageWidth = 0;  ///< pixels
    int imageHeight = 0; ///< pixels
    Properties properties;
    /// By local id; tiles without properties are absent.
    std::map<std::uint32_t, Properties> tileProperties;
    std::string sourceFile; ///< the .tsx, or the map for an embedded tileset
    int sourceLine = 0;     ///< of the <tileset> element in sourceFile

    /// `gid` without flip flags.
    bool containsGid(std::uint32_t gid) const;
    /// gid - firstGid; only meaningful when containsGid(gid).
    std::uint32_t localId(std::uint32_t gid) const { return gid - firstGid; }
    /// nullptr when the tile has no properties.
    const Properties* propertiesOfTile(std::uint32_t localId) const;
    /// Where the tile lies in the image, in pixels.
    Rect tileRect(std::uint32_t localId) const;
};

} // namespace respect::engine::tiled
