#pragma once
// Reads a TMX map (and the TSX tilesets it names) from a content root through the safe XML
// reader, validating everything; the first fatal problem throws engine::Error (file:line).

#include <engine/io/ContentRoot.hpp>
#include <engine/tiled/Map.hpp>
#include <engine/tiled/MapLimits.hpp>

#include <string>

namespace respect::engine::tiled {

/// Tile data may be CSV, base64, base64 + zlib or <tile> elements; gzip and zstd are refused.
/// Tileset files and images must lie inside `root` and exist.
Map loadMap(const io::ContentRoot& root, const std::string& relativePath,
            const MapLimits& limits = {});

/// Reads one TSX tileset file on its own (its first gid is 1), validated as loadMap does.
Tileset loadTileset(const io::ContentRoot& root, const std::string& relativePath,
                    const MapLimits& limits = {});

} // namespace respect::engine::tiled
