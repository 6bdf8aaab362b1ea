#pragma once
// One object of an object layer, in pixels from the map's top left. Polygon and polyline
// points are absolute: the object's position and rotation are already applied.

#include <engine/core/Vec2.hpp>
#include <engine/tiled/Properties.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace respect::engine::tiled {

enum class ObjectShape { Rectangle, Ellipse, Polygon, Polyline, Point };

/// "rectangle", "ellipse", "polygon", "polyline" or "point".
const char* objectShapeName(ObjectShape shape);

struct MapObject {
    int id = 0; ///< unique in the map; 0 when the file gave none
    std::string name;
    std::string type; ///< Tiled 1.8 `type`, or Tiled 1.9+ `class`
    ObjectShape shape = ObjectShape::Rectangle;
    float x = 0.0f;           ///< pixels
    float y = 0.0f;           ///< pixels
    float width = 0.0f;       ///< pixels; 0 for points, polygons and polylines
    float height = 0.0f;      ///< pixels
    float rotation = 0.0f;    ///< degrees, clockwise around (x, y)
    std::vector<Vec2> points; ///< Polygon and Polyline only, absolute pixels
    std::uint32_t gid = 0;    ///< a tile object's tile, flags masked off; 0 for plain shapes
    std::uint8_t flips = 0;   ///< TileLayer::kFlip* bits of a tile object
    bool visible = true;
    Properties properties;
    int line = 0;
};

} // namespace respect::engine::tiled
