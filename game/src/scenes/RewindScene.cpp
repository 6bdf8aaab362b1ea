#include <engine/scene/SceneStack.hpp>
#include <game/scenes/BlankScene.hpp>
#include <game/scenes/RewindScene.hpp>
#include <game/ui/Drawing.hpp>

namespace respect::game {

namespace {

std::vector<std::string> choicePoints(const GameContext& context, const ForumTheatre& forum) {
    std::vector<std::string> labels;
    if (forum.plays().empty()) {
        return labels;
    }
    const auto& choices = forum.plays().back().choices;
    for (std::size_t i = 0; i < forum.rewindPoints() && i < choices.size(); ++i) {
        const auto& choice = choices[i];
        labels.push_back(context.text.format(
            "rewind.item", {{"number", std::to_string(i + 1)},
                            {"option", choice.played < choice.options.size()
                                           ? shortened(choice.options[choice.played], 30)
                                           : std::string()}}));
    }
    return labels;
}

} // namespace

RewindScene::RewindScene(GameContext& context, const ForumTheatre& forum, Picked picked)
    : context_(context), menu_(choicePoints(context, forum)), picked_(std::move(picked)) {
    menu_.setTextRole(TextRole::Hint); // a row per choice point, on one line
}

void RewindScene::onEnter() {
    context_.narrator.say(context_.text.get("rewind.title") + ". " + menu_.focusedLabel());
}

bool RewindScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    if (BlankScene::openOnBlank(context_, input, stack)) {
        return true;
    }
    if (menu_.labels().empty() || input.pressed(engine::input::Action::Back)) {
        stack.pop();
        return true;
    }
    bool changed = false;
    if (const auto chosen = menu_.update(input, context_.audio, changed)) {
        Picked picked = std::move(picked_);
        stack.pop();
        picked(*chosen);
        return true;
    }
    if (changed) {
        context_.narrator.say(menu_.focusedLabel());
    }
    return changed;
}

void RewindScene::draw(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, theme.colours().scrim);
    const float margin = theme.scaled(40.0f);
    const engine::Rect panel{margin, margin, size.x - 2 * margin, size.y - 2 * margin};
    drawPanel(canvas, panel, theme);
    const float padding = theme.scaled(24.0f);
    float y = panel.y + padding;
    canvas.drawText(context_.text.get("rewind.title"), {panel.x + padding, y},
                    theme.bold(TextRole::Heading));
    y += canvas.measureText("Ag", theme.bold(TextRole::Heading)).y + theme.scaled(8.0f);
    y = drawWrapped(canvas, context_.text.get("rewind.explain"), {panel.x + padding, y},
                    panel.width - 2 * padding, theme.text(TextRole::Body)) +
        theme.scaled(16.0f);
    menu_.setColumn(panel.x + padding, panel.width - 2 * padding);
    menu_.draw(canvas, y, theme);
    drawHint(canvas, context_.text.get("rewind.hint"), theme);
}

} // namespace respect::game
