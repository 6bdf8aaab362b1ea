#include <engine/render/TextLayout.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/ui/Drawing.hpp>
#include <game/ui/Narrator.hpp>

namespace respect::game {

NoticeScene::NoticeScene(GameContext& context, std::string message)
    : NoticeScene(context, std::move(message), {context.text.get("menu.back")}, nullptr) {}

NoticeScene::NoticeScene(GameContext& context, std::string message,
                         std::vector<std::string> buttons, Answer answer)
    : context_(context), message_(std::move(message)), menu_(std::move(buttons)),
      answer_(std::move(answer)) {}

void NoticeScene::onEnter() {
    context_.narrator.say(message_ + "\n" + menu_.focusedLabel());
}

bool NoticeScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    bool changed = false;
    std::optional<std::size_t> chosen = menu_.update(input, context_.audio, changed);
    const bool cancelled = !chosen && input.pressed(engine::input::Action::Back);
    if (chosen || cancelled) {
        stack.pop();
        if (answer_) {
            answer_(chosen, stack);
        }
        return true;
    }
    if (changed) {
        context_.narrator.say(menu_.focusedLabel());
    }
    return changed;
}

void NoticeScene::draw(engine::Canvas& canvas) {
    const engine::Vec2 size = canvas.size();
    const Theme& theme = context_.theme;
    canvas.fillRect({0, 0, size.x, size.y}, theme.colours().scrim);
    const auto style = theme.text(TextRole::Body);
    const float width = std::min(size.x - 80.0f, std::max(size.x * 0.6f, 700.0f));
    const float textWidth = width - 2 * theme.scaled(30.0f);
    const float lineHeight = canvas.measureText("Ag", style).y;
    const auto lines = engine::wrapText(canvas, message_, style, textWidth);
    const float menuHeight =
        static_cast<float>(menu_.labels().size()) *
        (canvas.measureText("Ag", theme.text(TextRole::Menu)).y + theme.scaled(40.0f));
    const float height = std::min(size.y - 40.0f, static_cast<float>(lines.size()) * lineHeight +
                                                      menuHeight + theme.scaled(80.0f));
    const engine::Rect panel{(size.x - width) / 2.0f, (size.y - height) / 2.0f, width, height};
    drawPanel(canvas, panel, theme);
    float y = panel.y + theme.scaled(30.0f);
    for (const auto& line : lines) {
        drawCentred(canvas, line, y, style);
        y += lineHeight;
    }
    menu_.draw(canvas, y + theme.scaled(20.0f), theme);
}

} // namespace respect::game
