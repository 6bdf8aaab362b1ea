#pragma once
// A handle to a sensor (a trigger zone) of a PhysicsWorld. 0 means "no sensor"; a world never
// reuses a handle.

#include <cstdint>

namespace respect::engine::physics {

struct SensorId {
    std::uint32_t value = 0;

    bool valid() const { return value != 0; }
    friend bool operator==(SensorId a, SensorId b) { return a.value == b.value; }
    friend bool operator!=(SensorId a, SensorId b) { return a.value != b.value; }
    friend bool operator<(SensorId a, SensorId b) { return a.value < b.value; }
};

} // namespace respect::engine::physics
