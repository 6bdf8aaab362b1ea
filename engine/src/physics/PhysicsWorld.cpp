#include "ShapePlan.hpp"

#include <engine/core/Error.hpp>
#include <engine/physics/PhysicsWorld.hpp>
#include <engine/physics/ShapeValidation.hpp>
#include <engine/physics/Units.hpp>

#include <box2d/box2d.h>

#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <utility>

namespace respect::engine::physics {
namespace {

enum class Kind { Static, Mover, Kinematic, Sensor };

struct Entry {
    b2Body* body = nullptr; // owned by the b2World
    Kind kind = Kind::Static;
    std::string tag; // sensors only
};

[[noreturn]] void fail(const std::string& message) {
    throw Error("", 0, message);
}

void require(const std::optional<std::string>& problem) {
    if (problem) {
        fail(*problem);
    }
}

b2Vec2 toBox2d(Vec2 metres) {
    return {metres.x, metres.y};
}
Vec2 fromBox2d(const b2Vec2& metres) {
    return {metres.x, metres.y};
}

Vec2 centreOf(Rect pixels) {
    return {pixels.x + pixels.width * 0.5f, pixels.y + pixels.height * 0.5f};
}

} // namespace

// The Box2D world and the bookkeeping around it. It is its own contact listener: the
// callbacks run inside b2World::Step and only append to `events`.
struct PhysicsWorld::Impl final : public b2ContactListener {
    std::map<std::uint32_t, Entry> entries;
    // Touching fixture pairs per (sensor, mover): a split polygon has several fixtures,
    // but a mover enters it once.
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> overlaps;
    std::vector<SensorEvent> events;
    std::uint32_t lastId = 0;
    b2World world{b2Vec2(0.0f, 0.0f)}; // declared last: destroyed first

    Impl() { world.SetContactListener(this); }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    ~Impl() override = default;

    void BeginContact(b2Contact* contact) override { record(contact, true); }
    void EndContact(b2Contact* contact) override { record(contact, false); }

    const Entry* find(std::uint32_t id) const {
        auto it = entries.find(id);
        return it == entries.end() ? nullptr : &it->second;
    }

    void record(b2Contact* contact, bool begins) {
        const auto a = static_cast<std::uint32_t>(contact->GetFixtureA()->GetUserData().pointer);
        const auto b = static_cast<std::uint32_t>(contact->GetFixtureB()->GetUserData().pointer);
        const Entry* entryA = find(a);
        const Entry* entryB = find(b);
        if (entryA == nullptr || entryB == nullptr) {
            return;
        }
        if (entryA->kind == Kind::Sensor && entryB->kind == Kind::Mover) {
            note(a, entryA->tag, b, begins);
        } else if (entryB->kind == Kind::Sensor && entryA->kind == Kind::Mover) {
            note(b, entryB->tag, a, begins);
        }
    }

    void note(std::uint32_t sensor, const std::string& tag, std::uint32_t mover, bool begins) {
        const auto key = std::make_pair(sensor, mover);
        auto it = overlaps.find(key);
        if (begins) {
            if (it == overlaps.end()) {
                overlaps.emplace(key, 1);
                events.push_back({SensorEvent::Kind::Enter, SensorId{sensor}, tag, BodyId{mover}});
            } else {
                ++it->second;
            }
        } else if (it != overlaps.end() && --it->second == 0) {
            overlaps.erase(it);
            events.push_back({SensorEvent::Kind::Leave, SensorId{sensor}, tag, BodyId{mover}});
        }
    }

    void requireUnlocked() const {
        if (world.IsLocked()) {
            fail("the physics world cannot be changed while it steps");
        }
    }

    std::uint32_t create(b2BodyType type, Vec2 positionMetres, Kind kind, std::string tag,
                         const std::function<void(b2BodyDef&)>& adjust = {}) {
        requireUnlocked();
        if (lastId == std::numeric_limits<std::uint32_t>::max()) {
            fail("the physics world has run out of handles");
        }
        b2BodyDef def;
        def.type = type;
        def.position = toBox2d(positionMetres);
        if (adjust) {
            adjust(def);
        }
        const std::uint32_t id = ++lastId;
        entries.emplace(id, Entry{world.CreateBody(&def), kind, std::move(tag)});
        return id;
    }

    void attach(std::uint32_t id, const b2Shape& shape) {
        Entry& entry = entries.at(id);
        b2FixtureDef def;
        def.shape = &shape;
        def.density = entry.kind == Kind::Mover ? 1.0f : 0.0f;
        def.friction = 0.0f; // movers slide along walls
        def.restitution = 0.0f;
        def.isSensor = entry.kind == Kind::Sensor;
        def.userData.pointer = static_cast<std::uintptr_t>(id);
        entry.body->CreateFixture(&def);
    }

    std::uint32_t addCircle(Vec2 centrePixels, float radiusPixels, b2BodyType type, Kind kind,
                            std::string tag, const std::function<void(b2BodyDef&)>& adjust = {}) {
        require(validateCircle(centrePixels, radiusPixels));
        const std::uint32_t id = create(type, toMetres(centrePixels), kind, std::move(tag), adjust);
        b2CircleShape shape;
        shape.m_radius = toMetres(radiusPixels);
        attach(id, shape);
        return id;
    }

    std::uint32_t addBox(Rect pixels, Kind kind, std::string tag) {
        require(validateBox(pixels));
        const std::uint32_t id =
            create(b2_staticBody, toMetres(centreOf(pixels)), kind, std::move(tag));
        b2PolygonShape shape;
        shape.SetAsBox(toMetres(pixels.width) * 0.5f, toMetres(pixels.height) * 0.5f);
        attach(id, shape);
        return id;
    }

    std::uint32_t addPolygon(const std::vector<Vec2>& pointsPixels, Kind kind, std::string tag) {
        const detail::PolygonPlan plan = detail::planPolygon(pointsPixels);
        require(plan.problem);
        const std::uint32_t id = create(b2_staticBody, plan.centreMetres, kind, std::move(tag));
        for (const std::vector<Vec2>& piece : plan.piecesMetres) {
            std::vector<b2Vec2> corners;
            for (const Vec2& corner : piece) {
                corners.push_back(toBox2d(corner));
            }
            b2PolygonShape shape;
            shape.Set(corners.data(), static_cast<int32>(corners.size()));
            attach(id, shape);
        }
        return id;
    }

    Entry& body(BodyId id) {
        auto it = entries.find(id.value);
        if (it == entries.end() || it->second.kind == Kind::Sensor) {
            fail("unknown body " + std::to_string(id.value));
        }
        return it->second;
    }

    Entry& sensor(SensorId id) {
        auto it = entries.find(id.value);
        if (it == entries.end() || it->second.kind != Kind::Sensor) {
            fail("unknown sensor " + std::to_string(id.value));
        }
        return it->second;
    }

    void setPosition(Entry& entry, Vec2 pixels) {
        requireUnlocked();
        require(detail::checkPoint(pixels, "position"));
        entry.body->SetTransform(toBox2d(toMetres(pixels)), 0.0f);
    }

    void destroy(std::uint32_t id) {
        requireUnlocked();
        // Box2D ends the body's contacts here, which queues Leave events for its overlaps.
        world.DestroyBody(entries.at(id).body);
        entries.erase(id);
        for (auto it = overlaps.begin(); it != overlaps.end();) {
            it = it->first.first == id || it->first.second == id ? overlaps.erase(it) : ++it;
        }
    }
};

PhysicsWorld::PhysicsWorld() : impl_(std::make_unique<Impl>()) {}
PhysicsWorld::~PhysicsWorld() = default;
PhysicsWorld::PhysicsWorld(PhysicsWorld&& other) noexcept = default;
PhysicsWorld& PhysicsWorld::operator=(PhysicsWorld&& other) noexcept = default;

PhysicsWorld::Impl& PhysicsWorld::impl() const {
    if (!impl_) {
        fail("this physics world was moved from");
    }
    return *impl_;
}

BodyId PhysicsWorld::addStaticBox(Rect pixels) {
    return BodyId{impl().addBox(pixels, Kind::Static, {})};
}

BodyId PhysicsWorld::addStaticPolygon(const std::vector<Vec2>& pointsPixels) {
    return BodyId{impl().addPolygon(pointsPixels, Kind::Static, {})};
}

BodyId PhysicsWorld::addStaticCircle(Vec2 centrePixels, float radiusPixels) {
    return BodyId{impl().addCircle(centrePixels, radiusPixels, b2_staticBody, Kind::Static, {})};
}

BodyId PhysicsWorld::addStaticEllipse(Rect boundsPixels) {
    require(validateEllipse(boundsPixels));
    if (detail::isRound(boundsPixels)) {
        const float radius = (boundsPixels.width + boundsPixels.height) * 0.25f;
        return addStaticCircle(centreOf(boundsPixels), radius);
    }
    return addStaticPolygon(detail::ellipseOctagon(boundsPixels));
}

BodyId PhysicsWorld::addMover(Vec2 centrePixels, float radiusPixels, float linearDampingPerSecond) {
    require(validateDamping(linearDampingPerSecond));
    return BodyId{impl().addCircle(centrePixels, radiusPixels, b2_dynamicBody, Kind::Mover, {},
                                   [linearDampingPerSecond](b2BodyDef& def) {
                                       def.fixedRotation = true;
                                       def.bullet = true;
                                       def.allowSleep = false;
                                       def.linearDamping = linearDampingPerSecond;
                                   })};
}

BodyId PhysicsWorld::addKinematicCircle(Vec2 centrePixels, float radiusPixels) {
    return BodyId{impl().addCircle(centrePixels, radiusPixels, b2_kinematicBody, Kind::Kinematic,
                                   {}, [](b2BodyDef& def) {
                                       def.fixedRotation = true;
                                       def.allowSleep = false;
                                   })};
}

SensorId PhysicsWorld::addSensorCircle(Vec2 centrePixels, float radiusPixels, std::string tag) {
    return SensorId{
        impl().addCircle(centrePixels, radiusPixels, b2_staticBody, Kind::Sensor, std::move(tag))};
}

SensorId PhysicsWorld::addSensorBox(Rect pixels, std::string tag) {
    return SensorId{impl().addBox(pixels, Kind::Sensor, std::move(tag))};
}

SensorId PhysicsWorld::addSensorPolygon(const std::vector<Vec2>& pointsPixels, std::string tag) {
    return SensorId{impl().addPolygon(pointsPixels, Kind::Sensor, std::move(tag))};
}

void PhysicsWorld::setVelocity(BodyId body, Vec2 pixelsPerSecond) {
    Entry& entry = impl().body(body);
    if (entry.kind == Kind::Static) {
        fail("body " + std::to_string(body.value) + " is static and cannot be given a velocity");
    }
    if (!std::isfinite(pixelsPerSecond.x) || !std::isfinite(pixelsPerSecond.y)) {
        fail("velocity (" + detail::formatNumber(pixelsPerSecond.x) + ", " +
             detail::formatNumber(pixelsPerSecond.y) + ") is not a finite number");
    }
    entry.body->SetLinearVelocity(toBox2d(toMetres(pixelsPerSecond)));
}

Vec2 PhysicsWorld::velocity(BodyId body) const {
    return toPixels(fromBox2d(impl().body(body).body->GetLinearVelocity()));
}

void PhysicsWorld::setPosition(BodyId body, Vec2 pixels) {
    impl().setPosition(impl().body(body), pixels);
}

void PhysicsWorld::setPosition(SensorId sensor, Vec2 pixels) {
    impl().setPosition(impl().sensor(sensor), pixels);
}

Vec2 PhysicsWorld::position(BodyId body) const {
    return toPixels(fromBox2d(impl().body(body).body->GetPosition()));
}

Vec2 PhysicsWorld::position(SensorId sensor) const {
    return toPixels(fromBox2d(impl().sensor(sensor).body->GetPosition()));
}

void PhysicsWorld::remove(BodyId body) {
    impl().body(body);
    impl().destroy(body.value);
}

void PhysicsWorld::remove(SensorId sensor) {
    impl().sensor(sensor);
    impl().destroy(sensor.value);
}

bool PhysicsWorld::contains(BodyId body) const {
    const Entry* entry = impl().find(body.value);
    return entry != nullptr && entry->kind != Kind::Sensor;
}

bool PhysicsWorld::contains(SensorId sensor) const {
    const Entry* entry = impl().find(sensor.value);
    return entry != nullptr && entry->kind == Kind::Sensor;
}

void PhysicsWorld::step(float seconds) {
    if (!std::isfinite(seconds) || seconds < 0.0f) {
        fail("a physics step must last a finite, non-negative number of seconds, not " +
             detail::formatNumber(seconds));
    }
    Impl& world = impl();
    world.requireUnlocked();
    world.world.Step(seconds, kVelocityIterations, kPositionIterations);
}

std::vector<SensorEvent> PhysicsWorld::takeSensorEvents() {
    return std::exchange(impl().events, {});
}

} // namespace respect::engine::physics
