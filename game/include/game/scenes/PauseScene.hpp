#pragma once
// The pause menu over a scenario (Esc / Start): resume, save in a slot, settings, or save
// and leave to the title screen. Nothing runs underneath while it is open.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/ui/Menu.hpp>

namespace respect::game {

class PauseScene final : public engine::Scene {
public:
    /// `scenesToLeave` is how many scenes "leave" pops besides this one (the scenario's).
    PauseScene(GameContext& context, std::size_t scenesToLeave);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;
    bool isOverlay() const override { return true; }

    enum Item : std::size_t { Resume = 0, Save = 1, Settings = 2, SaveAndQuit = 3 };

private:
    std::vector<std::string> labels() const;

    GameContext& context_;
    Menu menu_;
    std::size_t scenesToLeave_;
};

} // namespace respect::game
