#include <engine/scene/SceneStack.hpp>
#include <game/scenes/BlankScene.hpp>
#include <game/ui/Drawing.hpp>

namespace respect::game {

bool BlankScene::openOnBlank(GameContext& context, const engine::input::InputFrame& input,
                             engine::SceneStack& stack) {
    if (!context.facilitator || !input.pressed(engine::input::Action::Blank)) {
        return false;
    }
    stack.push(std::make_unique<BlankScene>(context));
    return true;
}

bool BlankScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    if (input.anyPressed()) {
        stack.pop();
        return true;
    }
    return false;
}

void BlankScene::draw(engine::Canvas& canvas) {
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, {0, 0, 0, 255});
    const auto hint = context_.theme.text(TextRole::Hint, {60, 60, 60, 255});
    drawCentred(canvas, context_.text.get("blank.hint"),
                size.y - canvas.measureText("Ag", hint).y - 8.0f, hint);
}

} // namespace respect::game
