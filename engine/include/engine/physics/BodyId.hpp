#pragma once
// A handle to a solid body of a PhysicsWorld. 0 means "no body"; a world never reuses a handle.

#include <cstdint>

namespace respect::engine::physics {

struct BodyId {
    std::uint32_t value = 0;

    bool valid() const { return value != 0; }
    friend bool operator==(BodyId a, BodyId b) { return a.value == b.value; }
    friend bool operator!=(BodyId a, BodyId b) { return a.value != b.value; }
    friend bool operator<(BodyId a, BodyId b) { return a.value < b.value; }
};

} // namespace respect::engine::physics
