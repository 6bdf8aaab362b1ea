#include <engine/core/Error.hpp>
#include <engine/physics/PhysicsWorld.hpp>
#include <engine/physics/ShapeValidation.hpp>

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace respect::engine;
using namespace respect::engine::physics;
using Catch::Matchers::Contains;

namespace {

const float kNaN = std::numeric_limits<float>::quiet_NaN();
const float kInf = std::numeric_limits<float>::infinity();

std::vector<Vec2> regularPolygon(int corners, float radius) {
    std::vector<Vec2> points;
    for (int i = 0; i < corners; ++i) {
        const double angle = 2.0 * 3.14159265358979 * i / corners;
        points.push_back({static_cast<float>(radius * std::cos(angle)),
                          static_cast<float>(radius * std::sin(angle))});
    }
    return points;
}

// The message the world refuses a polygon with; empty when it accepts it.
std::string worldRefusal(const std::vector<Vec2>& points) {
    PhysicsWorld world;
    try {
        world.addStaticPolygon(points);
    } catch (const Error& error) {
        CHECK(error.diagnostic().file.empty());
        CHECK(error.diagnostic().line == 0);
        return error.diagnostic().message;
    }
    return {};
}

} // namespace

TEST_CASE("Invalid polygons are refused with a clear message before Box2D sees them",
          "[physics][unit]") {
    struct Case {
        const char* what;
        std::vector<Vec2> points;
        const char* message;
    };
    const std::vector<Case> cases = {
        {"no points", {}, "at least 3 points; this one has 0"},
        {"two points", {{0, 0}, {10, 0}}, "at least 3 points; this one has 2"},
        {"nine points", regularPolygon(9, 50.0f), "at most 8 points; this one has 9"},
        {"a NaN", {{0, 0}, {kNaN, 0}, {10, 10}}, "point 2 (nan, 0) is not a finite number"},
        {"an infinity", {{0, 0}, {10, 0}, {10, -kInf}}, "point 3 (10, -inf) is not a finite"},
        {"far out", {{0, 0}, {10, 0}, {2.0e6f, 10}}, "too far out"},
        {"near-duplicate points",
         {{0, 0}, {40, 0}, {40, 40}, {0.05f, 0.0f}},
         "point 1 and point 4 are closer than 0.08 px (2.5 mm)"},
        {"exact duplicate points", {{0, 0}, {40, 0}, {40, 0}, {0, 40}}, "closer than"},
        {"collinear triangle", {{0, 0}, {10, 0}, {20, 0}}, "lie on one line"},
        {"collinear square", {{0, 0}, {10, 10}, {20, 20}, {30, 30}}, "lie on one line"},
        {"nearly zero area", {{0, 0}, {100, 0}, {50, 0.05f}}, "lie on one line"},
        {"bow tie", {{0, 0}, {40, 40}, {40, 0}, {0, 40}}, "crosses itself"},
        {"outline doubling back", {{0, 0}, {40, 0}, {20, 0}, {20, 30}}, "crosses itself"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const auto problem = validatePolygon(c.points);
        REQUIRE(problem.has_value());
        CHECK_THAT(*problem, Contains(c.message));
        CHECK(worldRefusal(c.points) == *problem);
    }
}

TEST_CASE("Valid polygons pass validation, convex or concave", "[physics][unit]") {
    CHECK_FALSE(validatePolygon({{0, 0}, {10, 0}, {0, 10}}));
    CHECK_FALSE(validatePolygon(regularPolygon(8, 40.0f)));
    CHECK_FALSE(validatePolygon({{0, 0}, {10, 0}, {10, 10}, {0, 10}})); // clockwise on screen
    CHECK_FALSE(validatePolygon({{0, 0}, {0, 10}, {10, 10}, {10, 0}})); // and the other way
    CHECK_FALSE(
        validatePolygon({{0, 0}, {20, 0}, {40, 0}, {40, 40}, {0, 40}})); // a straight corner
    CHECK_FALSE(validatePolygon({{0, 0}, {0.2f, 0}, {0.2f, 0.2f}}));     // 4.4 mm thick
    CHECK_FALSE(validatePolygon({{0, 0}, {200, 0}, {200, 40}, {40, 40}, {40, 200}, {0, 200}}));
    CHECK_FALSE(validatePolygon({{0, 0},
                                 {100, 50},
                                 {200, 0},
                                 {150, 100},
                                 {200, 200},
                                 {100, 150},
                                 {0, 200},
                                 {50, 100}})); // a four-pointed star: 4 reflex corners
    CHECK(worldRefusal({{0, 0}, {200, 0}, {200, 40}, {40, 40}, {40, 200}, {0, 200}}).empty());
}

TEST_CASE("Invalid boxes, circles, ellipses and damping are refused", "[physics][unit]") {
    GIVEN("a world") {
        PhysicsWorld world;

        WHEN("sizes are not positive or not finite") {
            CHECK_THROWS_WITH(world.addStaticBox({0, 0, 0, 10}),
                              Contains("box width must be positive, not 0 px"));
            CHECK_THROWS_WITH(world.addStaticBox({0, 0, 10, -5}),
                              Contains("box height must be positive, not -5 px"));
            CHECK_THROWS_WITH(world.addStaticBox({0, 0, kNaN, 10}),
                              Contains("box width must be a finite number of pixels, not nan"));
            CHECK_THROWS_WITH(world.addStaticBox({0, 0, 10, 0.01f}),
                              Contains("box height of 0.01 px is too small"));
            CHECK_THROWS_WITH(world.addSensorBox({kInf, 0, 10, 10}, "zone"),
                              Contains("box corner (inf, 0) is not a finite number"));
            CHECK_THROWS_WITH(world.addStaticCircle({0, 0}, 0.0f),
                              Contains("circle radius must be positive, not 0 px"));
            CHECK_THROWS_WITH(world.addMover({0, 0}, -3.0f),
                              Contains("circle radius must be positive, not -3 px"));
            CHECK_THROWS_WITH(world.addKinematicCircle({0, 0}, kInf),
                              Contains("circle radius must be a finite number of pixels, not inf"));
            CHECK_THROWS_WITH(world.addSensorCircle({kNaN, 0}, 10.0f, "talk"),
                              Contains("circle centre (nan, 0) is not a finite number"));
            CHECK_THROWS_WITH(world.addStaticEllipse({0, 0, -5, 10}),
                              Contains("ellipse width must be positive"));
            CHECK_THROWS_WITH(world.addStaticEllipse({0, 0, 100, 0.1f}),
                              Contains("the ellipse is too small or too flat"));
            CHECK_THROWS_WITH(world.addMover({0, 0}, 10.0f, -1.0f),
                              Contains("linear damping must be a finite number, zero or more, "
                                       "not -1"));
            CHECK_THROWS_WITH(world.addMover({0, 0}, 10.0f, kNaN), Contains("linear damping"));
            CHECK_THROWS_WITH(world.addSensorPolygon({{0, 0}, {1, 1}}, "zone"),
                              Contains("at least 3 points"));

            THEN("nothing was created and the world still works") {
                const BodyId first = world.addStaticBox({0, 0, 10, 10});
                CHECK(first.value == 1);
                world.step(1.0f / 60.0f);
            }
        }
        WHEN("the free validators are asked") {
            CHECK(validateBox({0, 0, 10, -1}).value_or("") ==
                  "box height must be positive, not -1 px");
            CHECK_FALSE(validateBox({-5, -5, 10, 10}));
            CHECK_FALSE(validateCircle({3, 4}, 0.5f));
            CHECK_FALSE(validateEllipse({0, 0, 100, 20}));
            CHECK_FALSE(validateEllipse({0, 0, 30, 30}));
            CHECK_FALSE(validateDamping(0.0f));
            CHECK(validateDamping(-0.5f).has_value());
        }
    }
}

TEST_CASE("Bad velocities, positions, steps and handles are refused", "[physics][unit]") {
    PhysicsWorld world;
    const BodyId wall = world.addStaticBox({0, 0, 10, 10});
    const BodyId mover = world.addMover({100, 100}, 10.0f);
    const SensorId zone = world.addSensorBox({200, 200, 10, 10}, "zone");

    CHECK_THROWS_WITH(world.setVelocity(mover, {kNaN, 0}), Contains("not a finite number"));
    CHECK_THROWS_WITH(world.setVelocity(wall, {1, 0}), Contains("is static"));
    CHECK_THROWS_WITH(world.setPosition(mover, {0, kInf}), Contains("not a finite number"));
    CHECK_THROWS_WITH(world.setPosition(zone, {kNaN, 0}), Contains("not a finite number"));
    CHECK_THROWS_WITH(world.step(kNaN), Contains("finite, non-negative"));
    CHECK_THROWS_WITH(world.step(-1.0f), Contains("finite, non-negative"));
    CHECK_THROWS_WITH(world.position(BodyId{99}), Contains("unknown body 99"));
    CHECK_THROWS_WITH(world.position(BodyId{zone.value}), Contains("unknown body"));
    CHECK_THROWS_WITH(world.remove(SensorId{mover.value}), Contains("unknown sensor"));

    world.remove(mover);
    CHECK_FALSE(world.contains(mover));
    CHECK(world.contains(wall));
    CHECK_THROWS_WITH(world.setVelocity(mover, {1, 0}), Contains("unknown body"));
    world.step(1.0f / 60.0f);
}

TEST_CASE("Random outlines are either refused or built without Box2D aborting", "[physics][unit]") {
    // Coordinates on coarse and fine grids hit every threshold: duplicates, slivers, crossings.
    std::mt19937 random(20240611u);
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        const float grid = round % 3 == 0 ? 0.05f : (round % 3 == 1 ? 1.0f : 8.0f);
        std::uniform_int_distribution<int> count(3, 8);
        std::uniform_int_distribution<int> cell(0, 6);
        std::vector<Vec2> points;
        const int corners = count(random);
        for (int i = 0; i < corners; ++i) {
            points.push_back(
                {grid * static_cast<float>(cell(random)), grid * static_cast<float>(cell(random))});
        }
        const auto problem = validatePolygon(points);
        PhysicsWorld world;
        if (problem) {
            CHECK_THROWS_AS(world.addSensorPolygon(points, "zone"), Error);
            continue;
        }
        ++accepted;
        world.addStaticPolygon(points);
        world.addSensorPolygon(points, "zone");
        const BodyId mover = world.addMover({0.0f, -20.0f}, 2.0f);
        world.setVelocity(mover, {0.0f, 600.0f});
        for (int step = 0; step < 10; ++step) {
            world.step(1.0f / 60.0f);
        }
        CHECK(std::isfinite(world.position(mover).y));
    }
    CHECK(accepted > 300);
}
