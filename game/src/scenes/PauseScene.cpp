#include <engine/scene/SceneStack.hpp>
#include <game/play/Launch.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/PauseScene.hpp>
#include <game/scenes/SettingsScene.hpp>
#include <game/scenes/SlotsScene.hpp>
#include <game/ui/Drawing.hpp>

namespace respect::game {

PauseScene::PauseScene(GameContext& context, std::size_t scenesToLeave)
    : context_(context), menu_(labels()), scenesToLeave_(scenesToLeave) {}

std::vector<std::string> PauseScene::labels() const {
    return {context_.text.get("pause.resume"), context_.text.get("pause.save"),
            context_.text.get("menu.settings"), context_.text.get("pause.save-and-quit")};
}

void PauseScene::onEnter() {
    menu_.setLabels(labels()); // the language may have changed in the settings
    context_.narrator.say(context_.text.get("pause.title") + ". " + menu_.focusedLabel());
}

bool PauseScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    using engine::input::Action;
    bool changed = false;
    const auto activated = menu_.update(input, context_.audio, changed);
    if (activated == Resume || input.pressed(Action::Back) || input.pressed(Action::Menu)) {
        stack.pop();
        return true;
    }
    if (activated == Save) {
        stack.push(std::make_unique<SlotsScene>(context_, SlotsScene::Purpose::Save));
        return true;
    }
    if (activated == Settings) {
        stack.push(std::make_unique<SettingsScene>(context_));
        return true;
    }
    if (activated == SaveAndQuit) {
        if (std::string problem = saveActiveScenario(context_, SaveStore::kAutosave);
            !problem.empty()) {
            // Leaving now would lose the game: stay, and say why.
            stack.push(std::make_unique<NoticeScene>(context_, std::move(problem)));
            return true;
        }
        context_.audio.stopMusic();
        for (std::size_t i = 0; i <= scenesToLeave_; ++i) {
            stack.pop();
        }
        return true;
    }
    if (changed) {
        context_.narrator.say(menu_.focusedLabel());
    }
    return changed;
}

void PauseScene::draw(engine::Canvas& canvas) {
    const engine::Vec2 size = canvas.size();
    const Theme& theme = context_.theme;
    canvas.fillRect({0, 0, size.x, size.y}, theme.colours().scrim);
    drawCentred(canvas, context_.text.get("pause.title"), size.y * 0.15f,
                theme.bold(TextRole::Heading));
    menu_.draw(canvas, size.y * 0.15f + theme.scaled(70.0f), theme);
    drawHint(canvas, context_.text.get("hint.menu"), theme);
}

} // namespace respect::game
