#pragma once
// The office as a place: the map's walls and furniture as physics, the player walking at
// fixed steps, the cast standing at their spawn points with a talk radius, and the map's
// zones. Headless: it draws nothing and knows nothing of dialogue.

#include <engine/input/InputFrame.hpp>
#include <engine/physics/PhysicsWorld.hpp>
#include <engine/tiled/Map.hpp>
#include <game/level/Level.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace respect::game {

/// The rows of a character sheet, top to bottom.
enum class Facing { Down = 0, Left = 1, Right = 2, Up = 3 };

struct Actor {
    std::string id;
    engine::Vec2 feet; ///< pixels: where the actor stands
    Facing facing = Facing::Down;
    int frame = 0; ///< walk-cycle column, 0 when standing
};

class OfficeWorld {
public:
    static constexpr float kWalkSpeedPixels = 140.0f; ///< per second
    static constexpr float kBodyRadiusPixels = 9.0f;
    static constexpr float kTalkRadiusPixels = 44.0f;
    static constexpr float kStepSeconds = 1.0f / 60.0f;

    /// Throws engine::Error naming the map file and line for a collision shape Box2D cannot
    /// take, and the level for a cast member without a spawn point or a missing player-start.
    OfficeWorld(const engine::tiled::Map& map, const Level& level);

    /// One fixed step: walk from the held move actions, then physics, then sensor events.
    void step(const engine::input::InputFrame& input);
    /// Puts the player at `feet` (pixels, kept inside the map), standing, facing `facing`
    /// (a resumed save). Positions that are not finite numbers are ignored.
    void placePlayer(engine::Vec2 feet, Facing facing);
    /// Stops the player (a dialogue opened).
    void halt();

    const Actor& player() const { return player_; }
    const std::vector<Actor>& cast() const { return cast_; }
    bool playerMoving() const { return moving_; }
    /// The cast member in talk range closest to the player, if any.
    std::optional<std::string> nearestInRange() const;
    /// Zones entered since the last call, in order.
    std::vector<std::string> takeEnteredZones();
    engine::Vec2 sizePixels() const { return size_; }

private:
    void buildWalls(const engine::tiled::Map& map);

    engine::physics::PhysicsWorld physics_;
    engine::physics::BodyId playerBody_;
    Actor player_;
    std::vector<Actor> cast_;
    std::set<std::string> inRange_;
    std::vector<std::string> enteredZones_;
    bool moving_ = false;
    int walkSteps_ = 0;
    engine::Vec2 size_;
};

} // namespace respect::game
