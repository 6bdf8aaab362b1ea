#pragma once
// A layer of free-placed objects (Tiled's <objectgroup>), in document order.

#include <engine/tiled/MapObject.hpp>
#include <engine/tiled/Properties.hpp>

#include <string>
#include <vector>

namespace respect::engine::tiled {

struct ObjectLayer {
    int id = 0;
    std::string name;
    std::vector<MapObject> objects;
    bool visible = true;
    double opacity = 1.0;
    Properties properties;
    int line = 0;
};

} // namespace respect::engine::tiled
