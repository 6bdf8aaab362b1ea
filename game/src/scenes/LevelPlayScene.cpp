#include <engine/scene/SceneStack.hpp>
#include <game/scenes/DebriefScene.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/GroupDebriefScene.hpp>
#include <game/scenes/LevelPlayScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/PauseScene.hpp>
#include <game/ui/Drawing.hpp>

namespace respect::game {

namespace {

/// The index after the encounter `id` in document order (0 when not found).
std::size_t indexAfter(const Level& level, const std::string& id) {
    for (std::size_t i = 0; i < level.encounters.size(); ++i) {
        if (level.encounters[i].id == id) {
            return i + 1;
        }
    }
    return 0;
}

} // namespace

LevelPlayScene::LevelPlayScene(GameContext& context, std::unique_ptr<Scenario> scenario,
                               std::string notice)
    : context_(context), scenario_(std::move(scenario)), notice_(std::move(notice)) {
    if (context_.facilitator) {
        forum_ = std::make_unique<ForumTheatre>(scenario_->session(), scenario_->levelFile());
    }
}

LevelPlayScene::~LevelPlayScene() {
    if (context_.activeScenario == scenario_.get()) {
        context_.activeScenario = nullptr;
    }
    if (forum_ && context_.forum == forum_.get()) {
        context_.forum = nullptr;
    }
}

void LevelPlayScene::onEnter() {
    context_.activeScenario = scenario_.get();
    context_.forum = forum_.get();
    advance_ = true;
}

bool LevelPlayScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    scenario_->addPlayTime(Scenario::kSecondsPerUpdate);
    LevelSession& session = scenario_->session();
    const Level& level = scenario_->level();
    if (!started_) {
        started_ = true;
        bool opened = false;
        if (const Encounter* current = session.current()) {
            next_ = indexAfter(level, current->id); // resumed mid-dialogue
            stack.push(std::make_unique<DialogueScene>(context_, *scenario_));
            opened = true;
        } else if (!session.results().empty()) {
            next_ = indexAfter(level, session.results().back().encounter);
        }
        if (!notice_.empty()) {
            stack.push(std::make_unique<NoticeScene>(context_, std::exchange(notice_, {})));
            opened = true;
        }
        if (opened) {
            return true;
        }
    }
    if (input.pressed(engine::input::Action::Back) || input.pressed(engine::input::Action::Menu)) {
        stack.push(std::make_unique<PauseScene>(context_, 1));
        return true;
    }
    if (!advance_) {
        return false;
    }
    advance_ = false;
    while (next_ < level.encounters.size()) {
        const Encounter& encounter = level.encounters[next_++];
        if (session.isAvailable(encounter)) {
            stack.push(std::make_unique<DialogueScene>(context_, *scenario_, encounter));
            return true;
        }
        session.skip(encounter);
        session.takeEvents();
    }
    context_.activeScenario = nullptr;
    context_.forum = nullptr;
    if (forum_) {
        stack.replace(
            std::make_unique<GroupDebriefScene>(context_, std::move(scenario_), std::move(forum_)));
        return true;
    }
    stack.replace(std::make_unique<DebriefScene>(context_, std::move(scenario_)));
    return true;
}

void LevelPlayScene::draw(engine::Canvas& canvas) {
    drawBackground(canvas, context_.theme);
    if (scenario_) {
        canvas.drawText(scenario_->level().title, {40.0f, 40.0f},
                        context_.theme.bold(TextRole::Heading));
    }
}

} // namespace respect::game
