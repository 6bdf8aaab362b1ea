#pragma once
// A scenario played in the office: the player walks the map, talks to people in range
// with the interact key, steps into zones, and each encounter opens the dialogue overlay.
// Encounters that follow another start by themselves; when none is left, the debrief.

#include <engine/scene/Scene.hpp>
#include <engine/tiled/Map.hpp>
#include <game/GameContext.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>
#include <game/level/LevelSession.hpp>
#include <game/world/OfficeWorld.hpp>

#include <memory>
#include <string>

namespace respect::game {

class OfficeScene final : public engine::Scene {
public:
    /// Throws engine::Error (file:line) when the map does not fit the level.
    OfficeScene(GameContext& context, DiversityCode code, Level level, engine::tiled::Map map);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    const OfficeWorld& world() const { return *world_; }
    const LevelSession& session() const { return *session_; }
    /// The character whose talk prompt is shown, if any.
    std::optional<std::string> prompt() const;

private:
    bool open(const Encounter* encounter, engine::SceneStack& stack);
    void drawTiles(engine::Canvas& canvas, const std::string& layer, engine::Vec2 camera);
    void drawActorsAndFurniture(engine::Canvas& canvas, engine::Vec2 camera);
    std::string spriteOf(const std::string& id) const;
    engine::Vec2 cameraFor(engine::Vec2 view) const;

    GameContext& context_;
    std::unique_ptr<DiversityCode> code_;
    std::unique_ptr<Level> level_;
    std::unique_ptr<engine::tiled::Map> map_;
    std::unique_ptr<OfficeWorld> world_;
    std::unique_ptr<LevelSession> session_;
    std::string lastEncounter_; ///< the encounter whose dialogue just closed
    bool started_ = false;
    int footstepCounter_ = 0;
};

} // namespace respect::game
