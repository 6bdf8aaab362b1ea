#pragma once
// The save slots: from the title screen to load one (the autosave and three manual slots),
// from the pause menu to save in one of the three manual slots. Each row says what is in
// the slot in words: the scenario and when, empty, damaged, or from a newer game.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/ui/Menu.hpp>

#include <string>
#include <vector>

namespace respect::game {

class SlotsScene final : public engine::Scene {
public:
    enum class Purpose { Load, Save };

    SlotsScene(GameContext& context, Purpose purpose);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;
    bool isOverlay() const override { return purpose_ == Purpose::Save; }

    /// The slots listed, in order (the last menu item is "Back").
    const std::vector<std::string>& slots() const { return slots_; }

private:
    void refresh();
    void saveTo(const std::string& slot, engine::SceneStack& stack);

    GameContext& context_;
    Purpose purpose_;
    std::vector<std::string> slots_;
    Menu menu_;
};

} // namespace respect::game
