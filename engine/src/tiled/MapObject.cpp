#include <engine/tiled/MapObject.hpp>

namespace respect::engine::tiled {

const char* objectShapeName(ObjectShape shape) {
    switch (shape) {
    case ObjectShape::Rectangle:
        return "rectangle";
    case ObjectShape::Ellipse:
        return "ellipse";
    case ObjectShape::Polygon:
        return "polygon";
    case ObjectShape::Polyline:
        return "polyline";
    case ObjectShape::Point:
        return "point";
    }
    return "rectangle";
}

} // namespace respect::engine::tiled
