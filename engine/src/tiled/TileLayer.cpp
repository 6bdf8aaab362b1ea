#include <engine/tiled/TileLayer.hpp>

namespace respect::engine::tiled {

namespace {

bool inside(const TileLayer& layer, int x, int y) {
    return x >= 0 && y >= 0 && x < layer.width && y < layer.height;
}

std::size_t indexOf(const TileLayer& layer, int x, int y) {
    return static_cast<std::size_t>(y) * static_cast<std::size_t>(layer.width) +
           static_cast<std::size_t>(x);
}

} // namespace

std::uint32_t TileLayer::gidAt(int x, int y) const {
    const std::size_t index = indexOf(*this, x, y);
    return inside(*this, x, y) && index < gids.size() ? gids[index] : 0u;
}

std::uint8_t TileLayer::flipsAt(int x, int y) const {
    const std::size_t index = indexOf(*this, x, y);
    return inside(*this, x, y) && index < flips.size() ? flips[index] : std::uint8_t{0};
}

} // namespace respect::engine::tiled
