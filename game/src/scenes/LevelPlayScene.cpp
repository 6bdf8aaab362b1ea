#include <engine/scene/SceneStack.hpp>
#include <game/scenes/DebriefScene.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/LevelPlayScene.hpp>
#include <game/scenes/PauseScene.hpp>
#include <game/ui/Theme.hpp>

namespace respect::game {

LevelPlayScene::LevelPlayScene(GameContext& context, DiversityCode code, Level level)
    : context_(context), code_(std::make_unique<DiversityCode>(std::move(code))),
      level_(std::make_unique<Level>(std::move(level))),
      session_(std::make_unique<LevelSession>(*level_, *code_)) {}

void LevelPlayScene::onEnter() {
    advance_ = true;
}

bool LevelPlayScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    if (input.pressed(engine::input::Action::Back) || input.pressed(engine::input::Action::Menu)) {
        stack.push(std::make_unique<PauseScene>(context_, 1));
        return true;
    }
    if (!advance_) {
        return false;
    }
    advance_ = false;
    while (next_ < level_->encounters.size()) {
        const Encounter& encounter = level_->encounters[next_++];
        if (session_->isAvailable(encounter)) {
            stack.push(std::make_unique<DialogueScene>(context_, *session_, encounter));
            return true;
        }
        session_->skip(encounter);
        session_->takeEvents();
    }
    stack.replace(
        std::make_unique<DebriefScene>(context_, DebriefScene::summarize(*session_, *code_)));
    return true;
}

void LevelPlayScene::draw(engine::Canvas& canvas) {
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, theme::kBackground);
    engine::TextStyle title;
    title.font = "bold";
    title.sizePixels = theme::kMenuSize;
    title.color = theme::kTitle;
    canvas.drawText(level_->title, {40.0f, 40.0f}, title);
}

} // namespace respect::game
