#include <engine/scene/SceneStack.hpp>
#include <game/scenes/PauseScene.hpp>
#include <game/ui/Theme.hpp>

namespace respect::game {

PauseScene::PauseScene(GameContext& context, std::size_t scenesToLeave)
    : context_(context), menu_({context.text.get("pause.resume"), context.text.get("pause.leave")}),
      scenesToLeave_(scenesToLeave) {}

bool PauseScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    using engine::input::Action;
    bool changed = false;
    const auto activated = menu_.update(input, context_.audio, changed);
    if (activated == Resume || input.pressed(Action::Back) || input.pressed(Action::Menu)) {
        stack.pop();
        return true;
    }
    if (activated == Leave) {
        context_.audio.stopMusic();
        for (std::size_t i = 0; i <= scenesToLeave_; ++i) {
            stack.pop();
        }
        return true;
    }
    return changed;
}

void PauseScene::draw(engine::Canvas& canvas) {
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, {0, 0, 0, 170});
    engine::TextStyle title;
    title.font = "bold";
    title.sizePixels = theme::kMenuSize;
    title.color = theme::kTitle;
    const std::string& text = context_.text.get("pause.title");
    const engine::Vec2 extent = canvas.measureText(text, title);
    canvas.drawText(text, {(size.x - extent.x) / 2.0f, size.y * 0.25f}, title);
    menu_.draw(canvas, size.y * 0.25f + 90.0f);
}

} // namespace respect::game
