#pragma once
// A scenario played in the office: the player walks the map, talks to people in range
// with the interact key, steps into zones, and each encounter opens the dialogue overlay.
// Encounters that follow another start by themselves; when none is left, the debrief.
// The camera follows the player smoothly, or exactly with reduced motion.

#include <engine/scene/Scene.hpp>
#include <engine/tiled/Map.hpp>
#include <game/GameContext.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>
#include <game/level/LevelSession.hpp>
#include <game/play/Scenario.hpp>
#include <game/world/OfficeWorld.hpp>

#include <cstdint>
#include <memory>
#include <string>

namespace respect::game {

class OfficeScene final : public engine::Scene {
public:
    /// `scenario` must have a map. `notice` (may be empty) is shown when the scene opens:
    /// what changed in an edited level since the save it resumes.
    OfficeScene(GameContext& context, std::unique_ptr<Scenario> scenario, std::string notice = {});
    ~OfficeScene() override;

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    const OfficeWorld& world() const { return *scenario_->world(); }
    const LevelSession& session() const { return scenario_->session(); }
    engine::Vec2 camera() const { return camera_; }
    /// The character whose talk prompt is shown, if any.
    std::optional<std::string> prompt() const;

private:
    bool open(const Encounter* encounter, engine::SceneStack& stack);
    /// Draws a tile layer's tiles within `visible` (map pixels), map pixel (x, y) at
    /// origin + (x, y) * scale.
    void paintTiles(engine::Canvas& canvas, const std::string& layer, engine::Vec2 origin,
                    float scale, const engine::Rect& visible) const;
    void drawFloorAndWalls(engine::Canvas& canvas, engine::Vec2 camera);
    void drawActorsAndFurniture(engine::Canvas& canvas, engine::Vec2 camera);
    std::string spriteOf(const std::string& id) const;
    engine::Vec2 cameraFor(engine::Vec2 view) const;
    bool moveCamera();

    GameContext& context_;
    std::unique_ptr<Scenario> scenario_;
    const Level& level_;
    const engine::tiled::Map& map_;
    OfficeWorld& world_;
    LevelSession& session_;
    std::string notice_;
    std::string lastEncounter_; ///< the encounter whose dialogue just closed
    std::string spokenPrompt_;  ///< the person whose talk prompt was last read aloud
    bool started_ = false;
    int footstepCounter_ = 0;
    engine::Vec2 view_{1280.0f, 720.0f}; ///< the canvas size at the last draw
    engine::Vec2 camera_;
    bool cameraPlaced_ = false;
    /// Tells the canvas that this scene's floor-and-walls picture is new (another scene
    /// may have left one for another map under the same name).
    std::uint64_t layerVersion_;
};

} // namespace respect::game
