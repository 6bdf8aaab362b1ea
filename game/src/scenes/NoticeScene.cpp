#include <engine/render/TextLayout.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/ui/Theme.hpp>

namespace respect::game {

NoticeScene::NoticeScene(GameContext& context, std::string message)
    : context_(context), message_(std::move(message)), menu_({context.text.get("menu.back")}) {}

bool NoticeScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    bool changed = false;
    if (menu_.update(input, context_.audio, changed) ||
        input.pressed(engine::input::Action::Back)) {
        stack.pop();
        return true;
    }
    return changed;
}

void NoticeScene::draw(engine::Canvas& canvas) {
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, {0, 0, 0, 160});
    const engine::Rect panel{size.x * 0.2f, size.y * 0.3f, size.x * 0.6f, size.y * 0.4f};
    canvas.fillRect(panel, theme::kPanel);
    canvas.strokeRect(panel, theme::kFocusFrame, 2.0f);
    engine::TextStyle style;
    style.sizePixels = theme::kBodySize;
    style.color = theme::kText;
    float y = panel.y + 40.0f;
    for (const auto& line : engine::wrapText(canvas, message_, style, panel.width - 60.0f)) {
        const engine::Vec2 extent = canvas.measureText(line, style);
        canvas.drawText(line, {(size.x - extent.x) / 2.0f, y}, style);
        y += extent.y;
    }
    menu_.draw(canvas, panel.y + panel.height - 100.0f);
}

} // namespace respect::game
