#include <engine/render/Canvas.hpp>

namespace respect::engine {

void Canvas::drawLayer(const std::string& /*key*/, std::uint64_t /*version*/, Vec2 /*layerSize*/,
                       Color background, const Rect& source, const Rect& destination,
                       const LayerPainter& paint) {
    if (source.width <= 0.0f || source.height <= 0.0f) {
        return;
    }
    const float scale = destination.width / source.width;
    fillRect(destination, background);
    paint(*this, {destination.x - source.x * scale, destination.y - source.y * scale}, scale,
          source);
}

} // namespace respect::engine
