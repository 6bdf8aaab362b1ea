// bench-physics: the physics step of the shipped map with the most collision shapes, through
// our OfficeWorld (PhysicsWorld over Box2D, sensors, the walking player) against a bare
// Box2D b2World built with the same bodies and stepped the same number of times with the
// same step length and the same walk.
//
//   bench-physics ours|bare STEPS     prints {"side":..., "map":..., "bodies":..., "usPerStep":...}

#include <engine/io/ContentRoot.hpp>
#include <engine/physics/Units.hpp>
#include <engine/tiled/MapLoader.hpp>
#include <game/world/OfficeWorld.hpp>

#include <box2d/box2d.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

namespace fs = std::filesystem;
namespace tiled = respect::engine::tiled;
using respect::engine::Vec2;
using respect::engine::input::Action;
using respect::engine::physics::toMetres;

/// The walk: a square of right, down, left, up, 90 steps each (1.5 s), so the player runs
/// into the furniture and slides along it, and crosses talk sensors and zones.
Action walkAt(long step) {
    static constexpr Action kWalk[] = {Action::MoveRight, Action::MoveDown, Action::MoveLeft,
                                       Action::MoveUp};
    return kWalk[(step / 90) % 4];
}

Vec2 walkVelocity(long step) {
    constexpr float speed = respect::game::OfficeWorld::kWalkSpeedPixels;
    switch (walkAt(step)) {
    case Action::MoveRight:
        return {speed, 0.0f};
    case Action::MoveDown:
        return {0.0f, speed};
    case Action::MoveLeft:
        return {-speed, 0.0f};
    default:
        return {0.0f, -speed};
    }
}

struct Largest {
    std::string file;
    tiled::Map map;
    std::size_t shapes = 0;
};

Largest largestMap(const respect::engine::io::ContentRoot& content) {
    Largest best{"", {}, 0};
    for (const auto& entry : fs::directory_iterator(content.path() / "levels/maps")) {
        if (entry.path().extension() != ".tmx") {
            continue;
        }
        const std::string file = "levels/maps/" + entry.path().filename().string();
        tiled::Map map = tiled::loadMap(content, file);
        const tiled::ObjectLayer* collision = map.findObjectLayer("collision");
        const std::size_t shapes = collision != nullptr ? collision->objects.size() : 0;
        if (best.file.empty() || shapes > best.shapes) {
            best = {file, std::move(map), shapes};
        }
    }
    return best;
}

/// The cast: every spawn point but the player's.
respect::game::Level castOf(const tiled::Map& map) {
    respect::game::Level level;
    level.file = "bench";
    if (const tiled::ObjectLayer* spawns = map.findObjectLayer("spawns")) {
        for (const auto& object : spawns->objects) {
            if (!object.name.empty() && object.name != "player-start") {
                respect::game::Character character;
                character.id = object.name;
                level.cast.push_back(character);
            }
        }
    }
    return level;
}

b2Vec2 metres(Vec2 pixels) {
    return {toMetres(pixels.x), toMetres(pixels.y)};
}

b2Body* addBody(b2World& world, b2BodyType type, Vec2 centrePixels, const b2Shape& shape,
                bool sensor) {
    b2BodyDef def;
    def.type = type;
    def.position = metres(centrePixels);
    if (type == b2_dynamicBody) {
        def.fixedRotation = true;
        def.bullet = true;
        def.allowSleep = false;
    }
    b2Body* body = world.CreateBody(&def);
    b2FixtureDef fixture;
    fixture.shape = &shape;
    fixture.density = type == b2_dynamicBody ? 1.0f : 0.0f;
    fixture.friction = 0.0f;
    fixture.isSensor = sensor;
    body->CreateFixture(&fixture);
    return body;
}

b2Body* addBox(b2World& world, const tiled::MapObject& box, bool sensor) {
    b2PolygonShape shape;
    shape.SetAsBox(toMetres(box.width) * 0.5f, toMetres(box.height) * 0.5f);
    return addBody(world, b2_staticBody, {box.x + box.width * 0.5f, box.y + box.height * 0.5f},
                   shape, sensor);
}

b2Body* addCircle(b2World& world, b2BodyType type, Vec2 centre, float radius, bool sensor) {
    b2CircleShape shape;
    shape.m_radius = toMetres(radius);
    return addBody(world, type, centre, shape, sensor);
}

using Clock = std::chrono::steady_clock;

double ours(const tiled::Map& map, long steps, std::size_t& bodies) {
    const respect::game::Level level = castOf(map);
    respect::game::OfficeWorld world(map, level);
    bodies = level.cast.size();
    const auto started = Clock::now();
    for (long step = 0; step < steps; ++step) {
        respect::engine::input::InputFrame input;
        input.setHeld(walkAt(step), true);
        world.step(input);
        world.takeEnteredZones();
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    std::fprintf(stderr, "ours: player at %.1f %.1f\n", static_cast<double>(world.player().feet.x),
                 static_cast<double>(world.player().feet.y));
    return seconds;
}

double bare(const tiled::Map& map, long steps, std::size_t& bodies) {
    b2World world(b2Vec2(0.0f, 0.0f));
    bodies = 0;
    if (const tiled::ObjectLayer* collision = map.findObjectLayer("collision")) {
        for (const auto& object : collision->objects) {
            if (object.shape != tiled::ObjectShape::Rectangle) {
                std::fprintf(stderr, "bench-physics: only rectangles are built bare\n");
                std::exit(2);
            }
            addBox(world, object, false);
        }
    }
    const tiled::MapObject* start = map.findObject("player-start");
    b2Body* player = addCircle(world, b2_dynamicBody, {start->x, start->y},
                               respect::game::OfficeWorld::kBodyRadiusPixels, false);
    for (const auto& character : castOf(map).cast) {
        const tiled::MapObject* spawn = map.findObject(character.id);
        addCircle(world, b2_staticBody, {spawn->x, spawn->y},
                  respect::game::OfficeWorld::kBodyRadiusPixels, false);
        addCircle(world, b2_staticBody, {spawn->x, spawn->y},
                  respect::game::OfficeWorld::kTalkRadiusPixels, true);
        ++bodies;
    }
    if (const tiled::ObjectLayer* zones = map.findObjectLayer("zones")) {
        for (const auto& zone : zones->objects) {
            if (zone.shape == tiled::ObjectShape::Rectangle && !zone.name.empty()) {
                addBox(world, zone, true);
            }
        }
    }
    const auto started = Clock::now();
    for (long step = 0; step < steps; ++step) {
        player->SetLinearVelocity(metres(walkVelocity(step)));
        world.Step(respect::game::OfficeWorld::kStepSeconds,
                   respect::engine::physics::PhysicsWorld::kVelocityIterations,
                   respect::engine::physics::PhysicsWorld::kPositionIterations);
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    const b2Vec2 at = player->GetPosition();
    std::fprintf(stderr, "bare: player at %.1f %.1f\n",
                 static_cast<double>(at.x * respect::engine::physics::kPixelsPerMetre),
                 static_cast<double>(at.y * respect::engine::physics::kPixelsPerMetre));
    return seconds;
}

} // namespace

int main(int argc, char** argv) {
    const std::string side = argc > 1 ? argv[1] : "";
    const long steps = argc > 2 ? std::atol(argv[2]) : 0;
    if ((side != "ours" && side != "bare") || steps <= 0) {
        std::fprintf(stderr, "usage: bench-physics ours|bare STEPS\n");
        return 2;
    }
    const char* data = std::getenv("RESPECT_DATA");
    const respect::engine::io::ContentRoot content(data != nullptr ? data : RESPECT_SOURCE_DIR);
    const Largest largest = largestMap(content);
    std::size_t cast = 0;
    const double seconds =
        side == "ours" ? ours(largest.map, steps, cast) : bare(largest.map, steps, cast);
    std::printf("{\"side\": \"%s\", \"map\": \"%s\", \"collisionShapes\": %zu, \"cast\": %zu, "
                "\"steps\": %ld, \"usPerStep\": %.3f}\n",
                side.c_str(), largest.file.c_str(), largest.shapes, cast, steps,
                seconds * 1e6 / static_cast<double>(steps));
    return 0;
}
