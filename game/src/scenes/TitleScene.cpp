#include <engine/scene/SceneStack.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/play/Launch.hpp>
#include <game/scenes/IdentityScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/ScenarioSelectScene.hpp>
#include <game/scenes/SettingsScene.hpp>
#include <game/scenes/SlotsScene.hpp>
#include <game/scenes/TitleScene.hpp>
#include <game/ui/Drawing.hpp>

namespace respect::game {

namespace {

const char* labelId(TitleScene::Item item) {
    switch (item) {
    case TitleScene::Item::Continue:
        return "menu.continue";
    case TitleScene::Item::Play:
        return "menu.play";
    case TitleScene::Item::Load:
        return "menu.load";
    case TitleScene::Item::Settings:
        return "menu.settings";
    case TitleScene::Item::TeamEvent:
        return "menu.team-event";
    case TitleScene::Item::Quit:
        return "menu.quit";
    }
    return "menu.quit";
}

} // namespace

TitleScene::TitleScene(GameContext& context, std::vector<std::string> notices)
    : context_(context), notices_(std::move(notices)), menu_({}) {
    refresh();
}

void TitleScene::refresh() {
    const bool canContinue =
        context_.saves.read(SaveStore::kAutosave).status != SaveStatus::Missing ||
        context_.saves.read(SaveStore::kAutosave).backupAvailable;
    const bool firstTime = items_.empty();
    const bool hadContinue = !firstTime && items_.front() == Item::Continue;
    const std::size_t focused = menu_.focused();
    items_.clear();
    if (canContinue) {
        items_.push_back(Item::Continue);
    }
    for (const Item item : {Item::Play, Item::Load, Item::Settings, Item::TeamEvent, Item::Quit}) {
        items_.push_back(item);
    }
    std::vector<std::string> labels;
    for (const Item item : items_) {
        labels.push_back(context_.text.get(labelId(item)));
    }
    menu_.setLabels(std::move(labels));
    // Keep the focus on the same item when Continue appears or goes.
    const int shift = (canContinue ? 1 : 0) - (hadContinue ? 1 : 0);
    menu_.setFocused(
        firstTime || hadContinue == canContinue
            ? focused
            : static_cast<std::size_t>(std::max(0, static_cast<int>(focused) + shift)));
}

void TitleScene::onEnter() {
    refresh(); // a save may have appeared, the language may have changed
    context_.audio.playMusic("assets/sounds/music-calm.wav");
    context_.narrator.say(context_.text.get("title.name") + ". " + menu_.focusedLabel());
}

bool TitleScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    if (!notices_.empty()) {
        std::string all;
        for (const auto& notice : notices_) {
            all += (all.empty() ? "" : "\n") + notice;
        }
        notices_.clear();
        stack.push(std::make_unique<NoticeScene>(context_, all));
        return true;
    }
    bool changed = false;
    const auto activated = menu_.update(input, context_.audio, changed);
    if (activated) {
        switch (items_[*activated]) {
        case Item::Continue:
            openSaveSlot(context_, stack, SaveStore::kAutosave);
            break;
        case Item::Play:
            stack.push(std::make_unique<ScenarioSelectScene>(context_));
            // First time: whom the records name, asked once (Esc asks again next time).
            if (!context_.preferences.settings().identityChosen && !context_.facilitator) {
                stack.push(std::make_unique<IdentityScene>(context_));
            }
            break;
        case Item::Load:
            stack.push(std::make_unique<SlotsScene>(context_, SlotsScene::Purpose::Load));
            break;
        case Item::Settings:
            stack.push(std::make_unique<SettingsScene>(context_));
            break;
        case Item::TeamEvent:
            // Facilitator mode from here on, as with --facilitator.
            if (context_.startTeamEvent) {
                context_.startTeamEvent();
            }
            stack.push(std::make_unique<ScenarioSelectScene>(context_));
            break;
        case Item::Quit:
            stack.requestQuit(0);
            break;
        }
        return true;
    }
    if (changed) {
        context_.narrator.say(menu_.focusedLabel());
    }
    return changed;
}

void TitleScene::draw(engine::Canvas& canvas) {
    const engine::Vec2 size = canvas.size();
    const Theme& theme = context_.theme;
    drawBackground(canvas, theme);
    const auto title = theme.bold(TextRole::Title);
    const auto body = theme.text(TextRole::Body);
    const float titleHeight = canvas.measureText("Ag", title).y + theme.scaled(10.0f);
    const float lineHeight = canvas.measureText("Ag", body).y + 8.0f;
    // The menu comes first: the tagline, then the languages line, give way when a larger
    // text size, a longer menu or a small window leaves no room for them.
    const float menuHeight = menu_.fullHeight(canvas, theme);
    const float bottom = hintTop(canvas, context_.text.get("hint.menu"), theme) - 8.0f;
    const float spacing = theme.scaled(20.0f);
    const auto fits = [&](int lines) {
        return size.y * 0.08f + titleHeight + lineHeight * static_cast<float>(lines) + spacing +
                   menuHeight <=
               bottom;
    };
    const int lines = fits(2) ? 2 : fits(1) ? 1 : 0;
    float y = size.y * (lines == 0 ? 0.03f : 0.08f);
    drawCentred(canvas, context_.text.get("title.name"), y, title);
    y += titleHeight;
    if (lines >= 1) {
        drawCentred(canvas, context_.text.get("title.tagline"), y, body);
        y += lineHeight;
    }
    if (lines >= 2) {
        drawCentred(canvas, context_.text.get("title.languages"), y,
                    theme.text(TextRole::Body, theme.colours().mutedText));
        y += lineHeight - 8.0f;
    }
    y += spacing;
    menu_.draw(canvas, y, theme);
    drawHint(canvas, context_.text.get("hint.menu"), theme);
}

} // namespace respect::game
