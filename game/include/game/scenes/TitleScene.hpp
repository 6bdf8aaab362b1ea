#pragma once
// The first screen: the game's name, the word "diversity" in five languages, and the menu:
// Continue (when there is an autosave), Play (the scenarios), Load, Settings, Quit.
// Problems found at start (a damaged settings file) are shown over it once.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/ui/Menu.hpp>

#include <string>
#include <vector>

namespace respect::game {

class TitleScene final : public engine::Scene {
public:
    /// `notices` are shown over the title screen when it first appears.
    explicit TitleScene(GameContext& context, std::vector<std::string> notices = {});

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    enum class Item { Continue, Play, Load, Settings, TeamEvent, Quit };
    /// The items shown now, in order (Continue only when an autosave exists).
    const std::vector<Item>& items() const { return items_; }
    const Menu& menu() const { return menu_; }

private:
    void refresh();

    GameContext& context_;
    std::vector<std::string> notices_;
    std::vector<Item> items_;
    Menu menu_;
};

} // namespace respect::game
