#pragma once
// The one scale between screen pixels and physics metres. Box2D moves a body at most
// 2 units per step and tunes its tolerances for objects of 0.1 to 10 units, so the
// world runs in metres: 32 px = 1 m. A power of two keeps the conversion exact.

#include <engine/core/Vec2.hpp>

namespace respect::engine::physics {

inline constexpr float kPixelsPerMetre = 32.0f;

constexpr float toMetres(float pixels) {
    return pixels / kPixelsPerMetre;
}
constexpr float toPixels(float metres) {
    return metres * kPixelsPerMetre;
}
constexpr Vec2 toMetres(Vec2 pixels) {
    return {toMetres(pixels.x), toMetres(pixels.y)};
}
constexpr Vec2 toPixels(Vec2 metres) {
    return {toPixels(metres.x), toPixels(metres.y)};
}

} // namespace respect::engine::physics
