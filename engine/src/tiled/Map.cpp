#include <engine/tiled/Map.hpp>

namespace respect::engine::tiled {

namespace {

constexpr std::uint32_t kGidMask = 0x1FFFFFFFu; // Tiled's three flip flags cleared

} // namespace

const MapObject* Map::findObject(std::string_view name) const {
    for (const ObjectLayer& layer : objectLayers) {
        for (const MapObject& object : layer.objects) {
            if (object.name == name) {
                return &object;
            }
        }
    }
    return nullptr;
}

std::vector<const MapObject*> Map::objectsOfType(std::string_view type) const {
    std::vector<const MapObject*> out;
    for (const ObjectLayer& layer : objectLayers) {
        for (const MapObject& object : layer.objects) {
            if (object.type == type) {
                out.push_back(&object);
            }
        }
    }
    return out;
}

const Tileset* Map::tilesetForGid(std::uint32_t gid) const {
    const std::uint32_t plain = gid & kGidMask;
    if (plain == 0) {
        return nullptr;
    }
    for (const Tileset& tileset : tilesets) {
        if (tileset.containsGid(plain)) {
            return &tileset;
        }
    }
    return nullptr;
}

const TileLayer* Map::findTileLayer(std::string_view name) const {
    for (const TileLayer& layer : tileLayers) {
        if (layer.name == name) {
            return &layer;
        }
    }
    return nullptr;
}

const ObjectLayer* Map::findObjectLayer(std::string_view name) const {
    for (const ObjectLayer& layer : objectLayers) {
        if (layer.name == name) {
            return &layer;
        }
    }
    return nullptr;
}

} // namespace respect::engine::tiled
