#include <engine/physics/PhysicsWorld.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

using namespace respect::engine;
using namespace respect::engine::physics;

namespace {

constexpr float kStepSeconds = 1.0f / 60.0f;

// Pushes `mover` with `pixelsPerSecond` for `steps` fixed steps, as a game loop would.
void push(PhysicsWorld& world, BodyId mover, Vec2 pixelsPerSecond, int steps,
          std::vector<SensorEvent>* events = nullptr) {
    for (int i = 0; i < steps; ++i) {
        world.setVelocity(mover, pixelsPerSecond);
        world.step(kStepSeconds);
        auto taken = world.takeSensorEvents();
        if (events != nullptr) {
            events->insert(events->end(), taken.begin(), taken.end());
        }
    }
}

std::uint32_t bits(float value) {
    std::uint32_t out = 0;
    std::memcpy(&out, &value, sizeof out);
    return out;
}

} // namespace

TEST_CASE("A mover pushed into a wall never passes it, at any speed", "[physics][unit]") {
    const float radius = 12.0f;
    for (float thickness : {4.0f, 32.0f}) {
        for (float speed : {30.0f, 100.0f, 250.0f, 500.0f, 800.0f, 1200.0f, 1600.0f, 2000.0f}) {
            INFO("wall " << thickness << " px thick, speed " << speed << " px/s");
            PhysicsWorld world;
            const float wallLeft = 300.0f;
            world.addStaticBox({wallLeft, -1000.0f, thickness, 2000.0f});
            const BodyId mover = world.addMover({100.0f, 0.0f}, radius);
            float furthest = 0.0f;
            for (int step = 0; step < 120; ++step) { // 2 seconds
                push(world, mover, {speed, 0.0f}, 1);
                furthest = std::max(furthest, world.position(mover).x);
            }
            // Box2D lets a body sink by its linear slop (0.16 px) at most.
            CHECK(furthest <= wallLeft - radius + 0.5f);
            if (speed >= 100.0f) {
                CHECK(world.position(mover).x == Approx(wallLeft - radius).margin(1.0));
            }
            CHECK(world.position(mover).y == Approx(0.0f).margin(0.01));
        }
    }
}

TEST_CASE("A mover pushed diagonally into a wall slides along it", "[physics][unit]") {
    PhysicsWorld world;
    world.addStaticBox({200.0f, -1000.0f, 32.0f, 2000.0f});
    const BodyId mover = world.addMover({150.0f, 0.0f}, 12.0f);
    push(world, mover, {300.0f, 300.0f}, 120);
    const Vec2 end = world.position(mover);
    CHECK(end.x <= 200.0f - 12.0f + 0.5f);
    CHECK(end.x == Approx(188.0f).margin(1.0));
    CHECK(end.y > 500.0f); // nearly the full 600 px: the wall does not hold it back
}

TEST_CASE("A mover walking through a sensor enters once and leaves once", "[physics][unit]") {
    GIVEN("a box, a split concave polygon and a circle sensor on the path") {
        PhysicsWorld world;
        const BodyId mover = world.addMover({0.0f, 0.0f}, 10.0f);
        std::vector<SensorId> sensors;
        std::vector<std::string> tags = {"door", "corner", "talk"};
        sensors.push_back(world.addSensorBox({100.0f, -50.0f, 60.0f, 100.0f}, tags[0]));
        // An L whose two pieces the mover overlaps at the same time.
        sensors.push_back(world.addSensorPolygon(
            {{300, -60}, {420, -60}, {420, -20}, {340, -20}, {340, 60}, {300, 60}}, tags[1]));
        sensors.push_back(world.addSensorCircle({600.0f, 0.0f}, 40.0f, tags[2]));

        WHEN("it walks right through all three") {
            std::vector<SensorEvent> events;
            push(world, mover, {240.0f, 0.0f}, 240, &events);

            THEN("each sensor reports one Enter then one Leave with its tag") {
                REQUIRE(events.size() == 6);
                for (std::size_t i = 0; i < 3; ++i) {
                    const SensorEvent& enter = events[2 * i];
                    const SensorEvent& leave = events[2 * i + 1];
                    CHECK(enter.kind == SensorEvent::Kind::Enter);
                    CHECK(leave.kind == SensorEvent::Kind::Leave);
                    CHECK(enter.sensor == sensors[i]);
                    CHECK(leave.sensor == sensors[i]);
                    CHECK(enter.tag == tags[i]);
                    CHECK(leave.tag == tags[i]);
                    CHECK(enter.mover == mover);
                    CHECK(leave.mover == mover);
                }
                CHECK(world.position(mover).x > 900.0f); // sensors never block
            }
        }
    }
}

TEST_CASE("Sensor events appear only after a step and only for movers", "[physics][unit]") {
    PhysicsWorld world;
    const BodyId mover = world.addMover({0.0f, 0.0f}, 10.0f);
    const SensorId zone = world.addSensorCircle({0.0f, 0.0f}, 50.0f, "zone");
    world.addStaticBox({-20.0f, -20.0f, 10.0f, 10.0f}); // a wall inside the zone
    const BodyId walker = world.addKinematicCircle({30.0f, 0.0f}, 10.0f);
    world.setVelocity(walker, {0.0f, 60.0f});
    CHECK(world.takeSensorEvents().empty());

    world.step(kStepSeconds);
    auto events = world.takeSensorEvents();
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == SensorEvent::Kind::Enter);
    CHECK(events[0].sensor == zone);
    CHECK(events[0].mover == mover);
    CHECK(world.takeSensorEvents().empty());

    for (int i = 0; i < 60; ++i) {
        world.step(kStepSeconds);
    }
    CHECK(world.takeSensorEvents().empty());                      // still inside: no repeats
    CHECK(world.position(walker).y == Approx(61.0f).margin(0.1)); // 61 steps at 1 px per step

    WHEN("the sensor is removed while the mover is inside") {
        world.remove(zone);
        events = world.takeSensorEvents();
        REQUIRE(events.size() == 1);
        CHECK(events[0].kind == SensorEvent::Kind::Leave);
        CHECK(events[0].tag == "zone");
        CHECK_FALSE(world.contains(zone));
        world.step(kStepSeconds);
        CHECK(world.takeSensorEvents().empty());
    }
    WHEN("the mover is teleported out") {
        world.setPosition(mover, {500.0f, 500.0f});
        CHECK(world.takeSensorEvents().empty());
        world.step(kStepSeconds);
        events = world.takeSensorEvents();
        REQUIRE(events.size() == 1);
        CHECK(events[0].kind == SensorEvent::Kind::Leave);
        CHECK(world.position(mover) == Vec2{500.0f, 500.0f});
    }
}

TEST_CASE("A concave L-shaped wall is split and blocks with both arms", "[physics][unit]") {
    // Arms along the top and the left; the notch at the bottom right stays open.
    const std::vector<Vec2> outline = {{0, 0}, {200, 0}, {200, 40}, {40, 40}, {40, 200}, {0, 200}};
    const float radius = 12.0f;

    SECTION("the top arm stops a mover coming up") {
        PhysicsWorld world;
        world.addStaticPolygon(outline);
        const BodyId mover = world.addMover({150.0f, 150.0f}, radius);
        push(world, mover, {0.0f, -400.0f}, 60);
        CHECK(world.position(mover).y == Approx(40.0f + radius).margin(1.0));
        CHECK(world.position(mover).x == Approx(150.0f).margin(0.01));
    }
    SECTION("the left arm stops a mover coming from the right") {
        PhysicsWorld world;
        world.addStaticPolygon(outline);
        const BodyId mover = world.addMover({150.0f, 150.0f}, radius);
        push(world, mover, {-400.0f, 0.0f}, 60);
        CHECK(world.position(mover).x == Approx(40.0f + radius).margin(1.0));
        CHECK(world.position(mover).y == Approx(150.0f).margin(0.01));
    }
    SECTION("a mover in the notch, inside the outline's hull, is free to move") {
        PhysicsWorld world;
        world.addStaticPolygon(outline);
        const BodyId mover = world.addMover({90.0f, 90.0f}, radius);
        push(world, mover, {0.0f, 0.0f}, 5);
        CHECK(world.position(mover) == Vec2{90.0f, 90.0f});
    }
}

TEST_CASE("A U-shaped wall keeps its cavity", "[physics][unit]") {
    PhysicsWorld world;
    world.addStaticPolygon(
        {{0, 0}, {300, 0}, {300, 200}, {200, 200}, {200, 100}, {100, 100}, {100, 200}, {0, 200}});
    const BodyId mover = world.addMover({150.0f, 300.0f}, 12.0f);
    push(world, mover, {0.0f, -400.0f}, 90);
    CHECK(world.position(mover).y == Approx(100.0f + 12.0f).margin(1.0));
}

TEST_CASE("Circles and ellipses block movers at their outline", "[physics][unit]") {
    const float radius = 10.0f;
    SECTION("a standing character") {
        PhysicsWorld world;
        world.addStaticCircle({300.0f, 0.0f}, 20.0f);
        const BodyId mover = world.addMover({100.0f, 0.0f}, radius);
        push(world, mover, {500.0f, 0.0f}, 60);
        CHECK(world.position(mover).x == Approx(300.0f - 20.0f - radius).margin(0.5));
    }
    SECTION("a round ellipse is a circle") {
        PhysicsWorld world;
        world.addStaticEllipse({280.0f, -20.0f, 40.0f, 40.0f});
        const BodyId mover = world.addMover({100.0f, 0.0f}, radius);
        push(world, mover, {500.0f, 0.0f}, 60);
        CHECK(world.position(mover).x == Approx(300.0f - 20.0f - radius).margin(0.5));
    }
    SECTION("a tall ellipse touches its bounds with a flat side") {
        PhysicsWorld world;
        const BodyId table = world.addStaticEllipse({280.0f, -100.0f, 60.0f, 200.0f});
        CHECK(world.position(table).x == Approx(310.0f));
        CHECK(world.position(table).y == Approx(0.0f).margin(0.001));
        const BodyId mover = world.addMover({100.0f, 0.0f}, radius);
        push(world, mover, {500.0f, 0.0f}, 60);
        CHECK(world.position(mover).x == Approx(280.0f - radius).margin(1.0));
    }
}

TEST_CASE("Two worlds fed the same inputs stay bit-identical", "[physics][unit]") {
    struct Run {
        PhysicsWorld world;
        std::vector<BodyId> movers;
        BodyId walker;
        std::vector<SensorEvent> events;

        Run() {
            world.addStaticBox({-400, -400, 800, 16});
            world.addStaticBox({-400, 384, 800, 16});
            world.addStaticBox({-400, -400, 16, 800});
            world.addStaticBox({384, -400, 16, 800});
            world.addStaticPolygon({{0, 0}, {120, 0}, {120, 30}, {30, 30}, {30, 120}, {0, 120}});
            world.addStaticEllipse({-200, 100, 80, 40});
            world.addSensorBox({-100, -100, 80, 80}, "a");
            world.addSensorCircle({200, 200}, 60, "b");
            for (int i = 0; i < 4; ++i) {
                movers.push_back(world.addMover({-300.0f + 150.0f * static_cast<float>(i), -200.0f},
                                                12.0f, 0.5f * static_cast<float>(i)));
            }
            walker = world.addKinematicCircle({0, 300}, 16);
        }

        void run() {
            for (int step = 0; step < 600; ++step) {
                for (std::size_t i = 0; i < movers.size(); ++i) {
                    const float t = static_cast<float>(step) * 0.05f + static_cast<float>(i);
                    world.setVelocity(movers[i],
                                      {std::cos(t) * 900.0f, std::sin(1.3f * t) * 900.0f});
                }
                world.setVelocity(walker, {std::sin(static_cast<float>(step) * 0.02f) * 120.0f, 0});
                world.step(kStepSeconds);
                auto taken = world.takeSensorEvents();
                events.insert(events.end(), taken.begin(), taken.end());
            }
        }
    };
    Run first;
    Run second;
    first.run();
    second.run();
    for (std::size_t i = 0; i < first.movers.size(); ++i) {
        const Vec2 a = first.world.position(first.movers[i]);
        const Vec2 b = second.world.position(second.movers[i]);
        CHECK(bits(a.x) == bits(b.x));
        CHECK(bits(a.y) == bits(b.y));
        CHECK(a != Vec2{-300.0f + 150.0f * static_cast<float>(i), -200.0f}); // they did move
    }
    CHECK(bits(first.world.position(first.walker).x) ==
          bits(second.world.position(second.walker).x));
    REQUIRE(first.events.size() == second.events.size());
    CHECK_FALSE(first.events.empty());
    for (std::size_t i = 0; i < first.events.size(); ++i) {
        CHECK(first.events[i].kind == second.events[i].kind);
        CHECK(first.events[i].sensor == second.events[i].sensor);
        CHECK(first.events[i].mover == second.events[i].mover);
    }
}
