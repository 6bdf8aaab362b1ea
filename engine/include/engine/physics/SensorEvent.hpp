#pragma once
// A mover started or stopped overlapping a sensor. Recorded during PhysicsWorld::step() and
// handed out after it; for each sensor and mover, Enter and Leave alternate, starting with Enter.

#include <engine/physics/BodyId.hpp>
#include <engine/physics/SensorId.hpp>

#include <string>

namespace respect::engine::physics {

struct SensorEvent {
    enum class Kind { Enter, Leave };

    Kind kind = Kind::Enter;
    SensorId sensor;
    std::string tag; ///< the sensor's tag, copied so it outlives the sensor
    BodyId mover;
};

} // namespace respect::engine::physics
