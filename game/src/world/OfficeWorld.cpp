#include <engine/core/Error.hpp>
#include <game/world/OfficeWorld.hpp>

#include <algorithm>
#include <cmath>

namespace respect::game {
namespace {

using engine::input::Action;
namespace tiled = engine::tiled;

constexpr const char* kTalkTag = "talk:";
constexpr const char* kZoneTag = "zone:";
constexpr int kStepsPerFrame = 8; // walk-cycle speed

bool startsWith(const std::string& text, const char* prefix) {
    return text.rfind(prefix, 0) == 0;
}

} // namespace

OfficeWorld::OfficeWorld(const tiled::Map& map, const Level& level)
    : size_{static_cast<float>(map.width * map.tileWidth),
            static_cast<float>(map.height * map.tileHeight)} {
    buildWalls(map);

    const tiled::MapObject* start = map.findObject("player-start");
    if (start == nullptr) {
        throw engine::Error(map.file, 0, "the map has no object named 'player-start'");
    }
    player_.id = "player";
    player_.feet = {start->x, start->y};
    playerBody_ = physics_.addMover(player_.feet, kBodyRadiusPixels);

    for (const auto& character : level.cast) {
        const tiled::MapObject* spawn = map.findObject(character.id);
        if (spawn == nullptr) {
            throw engine::Error(level.file, character.line,
                                "character '" + character.id +
                                    "' has no spawn point: add an "
                                    "object named '" +
                                    character.id + "' to " + map.file);
        }
        Actor actor;
        actor.id = character.id;
        actor.feet = {spawn->x, spawn->y};
        if (const auto facing = spawn->properties.string("facing")) {
            actor.facing = *facing == "up"      ? Facing::Up
                           : *facing == "left"  ? Facing::Left
                           : *facing == "right" ? Facing::Right
                                                : Facing::Down;
        }
        physics_.addStaticCircle(actor.feet, kBodyRadiusPixels);
        physics_.addSensorCircle(actor.feet, kTalkRadiusPixels, kTalkTag + character.id);
        cast_.push_back(std::move(actor));
    }
    if (const tiled::ObjectLayer* zones = map.findObjectLayer("zones")) {
        for (const auto& zone : zones->objects) {
            if (zone.shape == tiled::ObjectShape::Rectangle && !zone.name.empty()) {
                physics_.addSensorBox({zone.x, zone.y, zone.width, zone.height},
                                      kZoneTag + zone.name);
            }
        }
    }
}

void OfficeWorld::buildWalls(const tiled::Map& map) {
    const tiled::ObjectLayer* collision = map.findObjectLayer("collision");
    if (collision == nullptr) {
        return; // an open floor: nothing to bump into
    }
    for (const auto& object : collision->objects) {
        try {
            switch (object.shape) {
            case tiled::ObjectShape::Rectangle:
                physics_.addStaticBox({object.x, object.y, object.width, object.height});
                break;
            case tiled::ObjectShape::Ellipse:
                physics_.addStaticEllipse({object.x, object.y, object.width, object.height});
                break;
            case tiled::ObjectShape::Polygon:
                physics_.addStaticPolygon(object.points);
                break;
            case tiled::ObjectShape::Polyline:
            case tiled::ObjectShape::Point:
                throw engine::Error("", 0,
                                    "collision objects must be rectangles, ellipses or "
                                    "polygons");
            }
        } catch (const engine::Error& problem) {
            throw engine::Error(map.file, object.line,
                                "collision object " + std::to_string(object.id) + ": " +
                                    problem.diagnostic().message);
        }
    }
}

void OfficeWorld::step(const engine::input::InputFrame& input) {
    engine::Vec2 direction;
    direction.x = (input.held(Action::MoveRight) ? 1.0f : 0.0f) -
                  (input.held(Action::MoveLeft) ? 1.0f : 0.0f);
    direction.y =
        (input.held(Action::MoveDown) ? 1.0f : 0.0f) - (input.held(Action::MoveUp) ? 1.0f : 0.0f);
    const float length = std::sqrt(direction.x * direction.x + direction.y * direction.y);
    moving_ = length > 0.0f;
    if (moving_) {
        direction = direction * (1.0f / length); // diagonals are not faster
        if (std::abs(direction.x) > std::abs(direction.y)) {
            player_.facing = direction.x > 0 ? Facing::Right : Facing::Left;
        } else {
            player_.facing = direction.y > 0 ? Facing::Down : Facing::Up;
        }
        ++walkSteps_;
        player_.frame = (walkSteps_ / kStepsPerFrame) % 4;
    } else {
        walkSteps_ = 0;
        player_.frame = 0;
    }
    physics_.setVelocity(playerBody_, direction * kWalkSpeedPixels);
    physics_.step(kStepSeconds);
    player_.feet = physics_.position(playerBody_);

    for (const auto& event : physics_.takeSensorEvents()) {
        const bool entered = event.kind == engine::physics::SensorEvent::Kind::Enter;
        if (startsWith(event.tag, kTalkTag)) {
            const std::string id = event.tag.substr(std::char_traits<char>::length(kTalkTag));
            entered ? static_cast<void>(inRange_.insert(id))
                    : static_cast<void>(inRange_.erase(id));
        } else if (startsWith(event.tag, kZoneTag) && entered) {
            enteredZones_.push_back(event.tag.substr(std::char_traits<char>::length(kZoneTag)));
        }
    }
}

void OfficeWorld::placePlayer(engine::Vec2 feet, Facing facing) {
    if (!std::isfinite(feet.x) || !std::isfinite(feet.y)) {
        return;
    }
    // A save from before the map was edited may point outside it: keep the player inside.
    feet.x = std::clamp(feet.x, 0.0f, size_.x);
    feet.y = std::clamp(feet.y, 0.0f, size_.y);
    halt();
    physics_.setPosition(playerBody_, feet);
    player_.feet = physics_.position(playerBody_);
    player_.facing = facing;
}

void OfficeWorld::halt() {
    moving_ = false;
    player_.frame = 0;
    physics_.setVelocity(playerBody_, {});
}

std::optional<std::string> OfficeWorld::nearestInRange() const {
    std::optional<std::string> nearest;
    float best = 0.0f;
    for (const auto& actor : cast_) {
        if (inRange_.count(actor.id) == 0) {
            continue;
        }
        const engine::Vec2 d = actor.feet - player_.feet;
        const float distance = d.x * d.x + d.y * d.y;
        if (!nearest || distance < best) {
            nearest = actor.id;
            best = distance;
        }
    }
    return nearest;
}

std::vector<std::string> OfficeWorld::takeEnteredZones() {
    auto out = std::move(enteredZones_);
    enteredZones_.clear();
    return out;
}

} // namespace respect::game
