#pragma once
// A message over the current screen. With one button it is dismissed with confirm or back;
// with two or more it asks a question and calls back with the answer (back cancels).

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/ui/Menu.hpp>

#include <functional>
#include <string>
#include <vector>

namespace respect::game {

class NoticeScene final : public engine::Scene {
public:
    /// Called with the index of the chosen button, or std::nullopt when cancelled, after
    /// the notice has closed; it may push or replace scenes.
    using Answer = std::function<void(std::optional<std::size_t>, engine::SceneStack&)>;

    NoticeScene(GameContext& context, std::string message);
    NoticeScene(GameContext& context, std::string message, std::vector<std::string> buttons,
                Answer answer);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;
    bool isOverlay() const override { return true; }

    const std::string& message() const { return message_; }

private:
    GameContext& context_;
    std::string message_;
    Menu menu_;
    Answer answer_;
};

} // namespace respect::game
