#pragma once
// A message over the current screen that the player dismisses with confirm or back.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/ui/Menu.hpp>

#include <string>

namespace respect::game {

class NoticeScene final : public engine::Scene {
public:
    NoticeScene(GameContext& context, std::string message);

    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;
    bool isOverlay() const override { return true; }

private:
    GameContext& context_;
    std::string message_;
    Menu menu_;
};

} // namespace respect::game
