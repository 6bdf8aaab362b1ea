#pragma once
// What loadMap accepts before it gives up on a map: every limit bounds the memory and time
// one broken or hostile map (or tileset) can cost.

#include <cstddef>
#include <cstdint>

namespace respect::engine::tiled {

struct MapLimits {
    int maxWidthTiles = 512;
    int maxHeightTiles = 512;
    std::int64_t maxTiles = 262144; ///< width * height
    int maxTileSizePixels = 256;    ///< tile width and height, map and tilesets
    int maxImageSidePixels = 8192;
    int maxTilesets = 32;
    int maxLayers = 64;
    int maxObjects = 10000; ///< in the whole map
    int maxPolygonPoints = 64;
    double maxCoordinatePixels = 1.0e6;            ///< |x|, |y|, width, height and points
    std::size_t maxFileBytes = 8u * 1024u * 1024u; ///< each TMX and TSX file
};

} // namespace respect::engine::tiled
