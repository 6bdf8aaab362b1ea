#include <engine/core/Error.hpp>
#include <engine/scene/SceneStack.hpp>
#include <engine/tiled/MapLoader.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/scenes/LevelPlayScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/OfficeScene.hpp>
#include <game/scenes/TitleScene.hpp>
#include <game/ui/Theme.hpp>

#include <filesystem>

namespace respect::game {
namespace {

void drawCentred(engine::Canvas& canvas, const std::string& text, float y,
                 const engine::TextStyle& style) {
    const engine::Vec2 extent = canvas.measureText(text, style);
    canvas.drawText(text, {(canvas.size().x - extent.x) / 2.0f, y}, style);
}

} // namespace

std::unique_ptr<engine::Scene> TitleScene::startScenario() {
    const auto& data = context_.content.path();
    // Until the campaign screen exists, Play starts the first scenario in levels/.
    const auto files = scenarioFiles(data);
    if (files.empty()) {
        return std::make_unique<NoticeScene>(context_, context_.text.get("notice.no-scenarios"));
    }
    engine::DiagnosticList diagnostics;
    auto code = loadDiversityCode(data / kDiversityCodePath, kDiversityCodePath, diagnostics);
    const auto& file = files.front();
    const std::string name = "levels/" + file.filename().string();
    std::optional<Level> level;
    if (code) {
        level = loadCheckedLevel(file, name, *code, &context_.content, diagnostics);
    }
    if (!code || !level) {
        // The game goes on: the player sees what is wrong, as `respect check` would say it.
        std::string first;
        for (const auto& item : diagnostics.items()) {
            if (item.severity == engine::Severity::Error) {
                first = item.format();
                break;
            }
        }
        return std::make_unique<NoticeScene>(context_, context_.text.get("notice.level-error") +
                                                           "\n" + first);
    }
    if (level->map.empty()) {
        return std::make_unique<LevelPlayScene>(context_, std::move(*code), std::move(*level));
    }
    try {
        auto map = engine::tiled::loadMap(context_.content, "levels/" + level->map);
        return std::make_unique<OfficeScene>(context_, std::move(*code), std::move(*level),
                                             std::move(map));
    } catch (const engine::Error& problem) {
        return std::make_unique<NoticeScene>(context_, context_.text.get("notice.level-error") +
                                                           "\n" + problem.what());
    }
}

TitleScene::TitleScene(GameContext& context)
    : context_(context), menu_({context.text.get("menu.play"), context.text.get("menu.settings"),
                                context.text.get("menu.quit")}) {}

void TitleScene::onEnter() {
    context_.audio.playMusic("assets/sounds/music-calm.wav");
}

bool TitleScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    bool changed = false;
    const auto activated = menu_.update(input, context_.audio, changed);
    if (activated == Play) {
        stack.push(startScenario());
    } else if (activated == Settings) {
        stack.push(
            std::make_unique<NoticeScene>(context_, context_.text.get("notice.settings-soon")));
    } else if (activated == Quit) {
        stack.requestQuit(0);
    }
    return changed;
}

void TitleScene::draw(engine::Canvas& canvas) {
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, theme::kBackground);

    engine::TextStyle title;
    title.font = "bold";
    title.sizePixels = theme::kTitleSize;
    title.color = theme::kTitle;
    drawCentred(canvas, context_.text.get("title.name"), size.y * 0.12f, title);

    engine::TextStyle body;
    body.sizePixels = theme::kBodySize;
    body.color = theme::kText;
    drawCentred(canvas, context_.text.get("title.tagline"), size.y * 0.12f + 130.0f, body);
    body.color = theme::kMutedText;
    drawCentred(canvas, context_.text.get("title.languages"), size.y * 0.12f + 175.0f, body);

    menu_.draw(canvas, size.y * 0.12f + 250.0f);

    engine::TextStyle hint;
    hint.sizePixels = theme::kHintSize;
    hint.color = theme::kMutedText;
    drawCentred(canvas, context_.text.get("hint.menu"), size.y - 50.0f, hint);
}

} // namespace respect::game
