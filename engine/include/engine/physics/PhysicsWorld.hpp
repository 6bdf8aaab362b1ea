#pragma once
// A top-down 2D physics world over Box2D: zero gravity, y down, pixels at the boundary and
// metres inside (Units.hpp). Definitions in, handles out: every shape is checked first
// (ShapeValidation.hpp) and refused with an engine::Error that names no file (callers catch
// it and rethrow with their file:line). Sensor-versus-mover overlaps are only recorded during
// step() and read with takeSensorEvents() after it. Bodies and sensors are removed between
// steps. Same inputs in the same order give bit-identical positions.

#include <engine/core/Vec2.hpp>
#include <engine/physics/BodyId.hpp>
#include <engine/physics/SensorEvent.hpp>
#include <engine/physics/SensorId.hpp>

#include <memory>
#include <string>
#include <vector>

namespace respect::engine::physics {

class PhysicsWorld {
public:
    static constexpr int kVelocityIterations = 8;
    static constexpr int kPositionIterations = 3;

    PhysicsWorld();
    ~PhysicsWorld();
    PhysicsWorld(const PhysicsWorld&) = delete;
    PhysicsWorld& operator=(const PhysicsWorld&) = delete;
    /// A moved-from world may only be destroyed or assigned to; anything else throws.
    PhysicsWorld(PhysicsWorld&& other) noexcept;
    PhysicsWorld& operator=(PhysicsWorld&& other) noexcept;

    // Static bodies (walls, furniture, characters who stand still). position() of any body is
    // the centre of its shape's bounds. Concave polygons are split into convex pieces.
    BodyId addStaticBox(Rect pixels);
    BodyId addStaticPolygon(const std::vector<Vec2>& pointsPixels);
    BodyId addStaticCircle(Vec2 centrePixels, float radiusPixels);
    /// A circle when the bounds are square (within 1 %), else an octagon touching the bounds.
    BodyId addStaticEllipse(Rect boundsPixels);

    /// The player: a dynamic, never-sleeping, non-rotating, frictionless circle with continuous
    /// collision, so it slides along walls and cannot pass through them.
    BodyId addMover(Vec2 centrePixels, float radiusPixels, float linearDampingPerSecond = 0.0f);
    /// A character moved by velocity: pushes movers, ignores walls.
    BodyId addKinematicCircle(Vec2 centrePixels, float radiusPixels);

    // Sensors report movers entering and leaving them; they never block anything.
    SensorId addSensorCircle(Vec2 centrePixels, float radiusPixels, std::string tag);
    SensorId addSensorBox(Rect pixels, std::string tag);
    SensorId addSensorPolygon(const std::vector<Vec2>& pointsPixels, std::string tag);

    /// Movers and kinematic bodies only. Box2D caps motion at 2 m (64 px) per step.
    void setVelocity(BodyId body, Vec2 pixelsPerSecond);
    Vec2 velocity(BodyId body) const;
    /// Teleports; overlaps this causes are reported by the next step().
    void setPosition(BodyId body, Vec2 pixels);
    void setPosition(SensorId sensor, Vec2 pixels);
    Vec2 position(BodyId body) const;
    Vec2 position(SensorId sensor) const;

    /// Removing a body or sensor that overlaps queues a Leave event for that overlap.
    void remove(BodyId body);
    void remove(SensorId sensor);
    bool contains(BodyId body) const;
    bool contains(SensorId sensor) const;

    /// Advances the world (callers use a fixed 1/60 s). `seconds` must be finite and >= 0.
    void step(float seconds);
    /// Events recorded by the steps since the last call, in the order they happened.
    std::vector<SensorEvent> takeSensorEvents();

private:
    struct Impl;
    Impl& impl() const;

    std::unique_ptr<Impl> impl_;
};

} // namespace respect::engine::physics
