#pragma once
// The first screen: the game's name, the word "diversity" in five languages, and the
// Play / Settings / Quit menu.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/ui/Menu.hpp>

#include <memory>

namespace respect::game {

class TitleScene final : public engine::Scene {
public:
    explicit TitleScene(GameContext& context);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    enum Item : std::size_t { Play = 0, Settings = 1, Quit = 2 };
    const Menu& menu() const { return menu_; }

private:
    /// The scene that Play opens: the scenario, or a notice saying why it cannot start.
    std::unique_ptr<engine::Scene> startScenario();

    GameContext& context_;
    Menu menu_;
};

} // namespace respect::game
