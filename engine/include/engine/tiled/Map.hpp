#pragma once
// An orthogonal tile map as loaded from a TMX file: tilesets, tile layers and object
// layers (plus their order in the file), all validated; immutable once loaded.

#include <engine/tiled/ObjectLayer.hpp>
#include <engine/tiled/Properties.hpp>
#include <engine/tiled/TileLayer.hpp>
#include <engine/tiled/Tileset.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::tiled {

enum class LayerKind { Tiles, Objects };

struct Map {
    /// One entry of layerOrder: an index into tileLayers or objectLayers.
    struct LayerRef {
        LayerKind kind = LayerKind::Tiles;
        std::size_t index = 0;
    };

    std::string file; ///< content path of the TMX
    std::string orientation = "orthogonal";
    int width = 0;                 ///< tiles
    int height = 0;                ///< tiles
    int tileWidth = 0;             ///< pixels
    int tileHeight = 0;            ///< pixels
    std::vector<Tileset> tilesets; ///< by ascending firstGid
    std::vector<TileLayer> tileLayers;
    std::vector<ObjectLayer> objectLayers;
    std::vector<LayerRef> layerOrder; ///< every layer, bottom to top as in the file
    Properties properties;

    /// The first object with this name, searching layers in file order; nullptr when none.
    const MapObject* findObject(std::string_view name) const;
    /// Every object of this type (or class), in file order.
    std::vector<const MapObject*> objectsOfType(std::string_view type) const;
    /// The tileset holding `gid` (flip flags are ignored); nullptr for 0 or an unknown gid.
    const Tileset* tilesetForGid(std::uint32_t gid) const;
    /// The first layer with this name; nullptr when none.
    const TileLayer* findTileLayer(std::string_view name) const;
    const ObjectLayer* findObjectLayer(std::string_view name) const;
};

} // namespace respect::engine::tiled
