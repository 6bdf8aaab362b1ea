#include <engine/tiled/Tileset.hpp>

namespace respect::engine::tiled {

bool Tileset::containsGid(std::uint32_t gid) const {
    return tileCount > 0 && gid >= firstGid &&
           gid - firstGid < static_cast<std::uint32_t>(tileCount);
}

const Properties* Tileset::propertiesOfTile(std::uint32_t localId) const {
    const auto found = tileProperties.find(localId);
    return found != tileProperties.end() ? &found->second : nullptr;
}

Rect Tileset::tileRect(std::uint32_t localId) const {
    const std::uint32_t perRow = columns > 0 ? static_cast<std::uint32_t>(columns) : 1u;
    const auto column = static_cast<int>(localId % perRow);
    const auto row = static_cast<int>(localId / perRow);
    return {static_cast<float>(margin + column * (tileWidth + spacing)),
            static_cast<float>(margin + row * (tileHeight + spacing)),
            static_cast<float>(tileWidth), static_cast<float>(tileHeight)};
}

} // namespace respect::engine::tiled
