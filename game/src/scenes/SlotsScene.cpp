#include <engine/scene/SceneStack.hpp>
#include <game/play/Launch.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/SlotsScene.hpp>
#include <game/ui/Drawing.hpp>

namespace respect::game {

SlotsScene::SlotsScene(GameContext& context, Purpose purpose)
    : context_(context), purpose_(purpose), menu_({}) {
    refresh();
}

void SlotsScene::refresh() {
    slots_.clear();
    std::vector<std::string> labels;
    for (const auto& info : context_.saves.listSlots()) {
        if (purpose_ == Purpose::Save && info.slot == SaveStore::kAutosave) {
            continue; // the autosave belongs to the game
        }
        std::string label = context_.text.get("slots." + info.slot) + ": ";
        switch (info.read.status) {
        case SaveStatus::Ok:
            label += info.read.save->levelId + ", " + readableTime(info.read.save->timestamp);
            break;
        case SaveStatus::Missing:
            label += context_.text.get(info.read.backupAvailable ? "slots.damaged" : "slots.empty");
            break;
        case SaveStatus::Corrupt:
            label += context_.text.get("slots.damaged");
            break;
        case SaveStatus::NewerVersion:
            label += context_.text.get("slots.newer");
            break;
        }
        slots_.push_back(info.slot);
        labels.push_back(std::move(label));
    }
    labels.push_back(context_.text.get("menu.back"));
    const std::size_t focused = menu_.focused();
    menu_.setLabels(std::move(labels));
    menu_.setFocused(focused);
}

void SlotsScene::onEnter() {
    refresh();
    context_.narrator.say(
        context_.text.get(purpose_ == Purpose::Load ? "slots.load-title" : "slots.save-title") +
        ". " + menu_.focusedLabel());
}

void SlotsScene::saveTo(const std::string& slot, engine::SceneStack& stack) {
    if (std::string problem = saveActiveScenario(context_, slot); !problem.empty()) {
        stack.push(std::make_unique<NoticeScene>(context_, std::move(problem)));
        return;
    }
    refresh();
    stack.push(std::make_unique<NoticeScene>(
        context_,
        context_.text.format("slots.saved", {{"slot", context_.text.get("slots." + slot)}})));
}

bool SlotsScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    bool changed = false;
    const auto activated = menu_.update(input, context_.audio, changed);
    if (input.pressed(engine::input::Action::Back) || (activated && *activated == slots_.size())) {
        stack.pop();
        return true;
    }
    if (activated) {
        const std::string slot = slots_[*activated];
        if (purpose_ == Purpose::Load) {
            stack.pop();
            openSaveSlot(context_, stack, slot);
            return true;
        }
        const SaveReadResult existing = context_.saves.read(slot);
        if (existing.status == SaveStatus::Missing && !existing.backupAvailable) {
            saveTo(slot, stack);
            return true;
        }
        // Never overwrite a save without asking.
        stack.push(std::make_unique<NoticeScene>(
            context_,
            context_.text.format("slots.replace", {{"slot", context_.text.get("slots." + slot)}}),
            std::vector<std::string>{context_.text.get("slots.replace-yes"),
                                     context_.text.get("menu.cancel")},
            [this, slot](std::optional<std::size_t> answer, engine::SceneStack& next) {
                if (answer == std::size_t{0}) {
                    saveTo(slot, next);
                }
            }));
        return true;
    }
    if (changed) {
        context_.narrator.say(menu_.focusedLabel());
    }
    return changed;
}

void SlotsScene::draw(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    const engine::Vec2 size = canvas.size();
    if (purpose_ == Purpose::Save) {
        canvas.fillRect({0, 0, size.x, size.y}, theme.colours().scrim);
    } else {
        drawBackground(canvas, theme);
    }
    const std::string& title =
        context_.text.get(purpose_ == Purpose::Load ? "slots.load-title" : "slots.save-title");
    drawCentred(canvas, title, size.y * 0.1f, theme.bold(TextRole::Heading));
    menu_.draw(canvas, size.y * 0.1f + theme.scaled(70.0f), theme);
    drawHint(canvas, context_.text.get("hint.menu"), theme);
}

} // namespace respect::game
