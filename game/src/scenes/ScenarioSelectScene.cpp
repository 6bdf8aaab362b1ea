#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/campaign/CampaignFiles.hpp>
#include <game/i18n/ContentTexts.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/play/Launch.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/ScenarioSelectScene.hpp>
#include <game/ui/Drawing.hpp>

namespace respect::game {

ScenarioSelectScene::ScenarioSelectScene(GameContext& context) : context_(context), menu_({}) {
    menu_.setTextRole(TextRole::Body); // titles are long: body-sized rows keep them whole
    load();
}

void ScenarioSelectScene::load() {
    const auto& data = context_.content.path();
    engine::DiagnosticList diagnostics;
    code_ = loadDiversityCode(data / kDiversityCodePath, kDiversityCodePath, diagnostics);
    if (!code_) {
        problem_ = context_.text.get("notice.level-error") + "\n" + diagnostics.firstError();
        return;
    }
    const auto campaign = loadCampaignFile(data / kCampaignPath, kCampaignPath, diagnostics);
    if (!campaign) {
        problem_ = context_.text.get("notice.no-campaign") + "\n" + diagnostics.firstError();
        return;
    }
    cards_ = buildScenarioCards(*campaign, *code_, &context_.content, context_.progress);
    translate();
    for (const auto& card : cards_) {
        files_.push_back("levels/" + card.file);
    }
    if (cards_.empty()) {
        problem_ = context_.text.get("notice.no-scenarios");
    }
    relabel();
}

void ScenarioSelectScene::translate() {
    const std::string& language = context_.text.language();
    try {
        *code_ = translateCode(*code_, engine::i18n::Translator::load(
                                           context_.content, kCodeCatalogPattern, language));
        for (auto& card : cards_) {
            if (card.levelId.empty()) {
                continue;
            }
            const auto translator = engine::i18n::Translator::load(
                context_.content, levelCatalogPattern(card.levelId), language);
            card.title = translator.translate("title", card.title);
            card.summary = translator.translate("summary", card.summary);
        }
    } catch (const engine::Error& error) {
        engine::log::warning(error.what()); // a broken catalog: its texts stay as written
    }
}

void ScenarioSelectScene::relabel() {
    std::vector<std::string> labels;
    for (const auto& card : cards_) {
        // The state in words, so it never depends on colour alone.
        std::string label = (card.progress.completed && !card.locked ? "✓ " : "") + card.title;
        if (card.locked) {
            label += " (" + context_.text.get("select.locked") + ")";
        } else if (card.progress.completed) {
            label += " (" + context_.text.get("select.completed") + ")";
        }
        labels.push_back(std::move(label));
    }
    labels.push_back(context_.text.get("menu.back"));
    const std::size_t focused = menu_.focused();
    menu_.setLabels(std::move(labels));
    menu_.setFocused(focused);
}

void ScenarioSelectScene::onEnter() {
    applyProgress(cards_, context_.progress); // a scenario may just have been completed
    relabel();
    context_.narrator.say(context_.text.get("select.title") + ". " + menu_.focusedLabel() +
                          (menu_.focused() < cards_.size()
                               ? ". " + detailsOf(cards_[menu_.focused()])
                               : std::string()));
}

std::string ScenarioSelectScene::detailsOf(const ScenarioCard& card) const {
    const UiText& text = context_.text;
    std::string details;
    if (!card.error.empty()) {
        return text.get("notice.level-error") + "\n" + card.error;
    }
    details += card.summary + "\n\n";
    if (card.minutes > 0) {
        details += text.format("select.minutes", {{"n", std::to_string(card.minutes)}}) + "\n";
    }
    std::string dimensions;
    for (const auto& id : card.dimensions) {
        const Dimension* dimension = code_ ? code_->findDimension(id) : nullptr;
        dimensions += (dimensions.empty() ? "" : ", ") + (dimension ? dimension->name : id);
    }
    if (!dimensions.empty()) {
        details += text.get("select.dimensions") + ": " + dimensions + "\n";
    }
    if (card.progress.completed) {
        details += text.format("select.completed-times",
                               {{"n", std::to_string(card.progress.timesCompleted)}});
        if (card.progress.best) {
            const int total = card.progress.best->total;
            details +=
                " " + text.format("select.best",
                                  {{"score", (total > 0 ? "+" : "") + std::to_string(total)}});
        }
        details += "\n";
    }
    if (card.locked) {
        std::string missing;
        for (const auto& id : card.missingLevels) {
            std::string title = id;
            for (const auto& other : cards_) {
                if (other.levelId == id) {
                    title = other.title;
                }
            }
            missing += (missing.empty() ? "" : ", ") + title;
        }
        details += text.format("select.unlock", {{"levels", missing}}) + "\n";
    }
    return details;
}

bool ScenarioSelectScene::update(const engine::input::InputFrame& input,
                                 engine::SceneStack& stack) {
    if (!problem_.empty() && cards_.empty()) {
        stack.replace(std::make_unique<NoticeScene>(context_, problem_));
        return true;
    }
    bool changed = false;
    const auto activated = menu_.update(input, context_.audio, changed);
    if (input.pressed(engine::input::Action::Back) || activated == cards_.size()) {
        stack.pop();
        return true;
    }
    if (activated) {
        const ScenarioCard& card = cards_[*activated];
        if (!card.playable()) {
            stack.push(std::make_unique<NoticeScene>(context_, detailsOf(card)));
            return true;
        }
        stack.push(openScenario(context_, files_[*activated]));
        return true;
    }
    if (changed) {
        const std::size_t at = menu_.focused();
        context_.narrator.say(menu_.focusedLabel() +
                              (at < cards_.size() ? ". " + detailsOf(cards_[at]) : std::string()));
    }
    return changed;
}

void ScenarioSelectScene::draw(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    const engine::Vec2 size = canvas.size();
    drawBackground(canvas, theme);
    const auto heading = theme.bold(TextRole::Heading);
    const float margin = 40.0f;
    canvas.drawText(context_.text.get("select.title"), {margin, theme.scaled(20.0f)}, heading);
    const float top = theme.scaled(20.0f) + canvas.measureText("Ag", heading).y + 20.0f;
    const float listWidth = size.x * 0.45f;
    menu_.setColumn(margin, listWidth);
    menu_.draw(canvas, top, theme);

    const std::size_t at = menu_.focused();
    if (at >= cards_.size()) {
        drawHint(canvas, context_.text.get("hint.menu"), theme);
        return;
    }
    const ScenarioCard& card = cards_[at];
    const engine::Rect panel{margin + listWidth + margin, top, size.x - listWidth - 3 * margin,
                             size.y - top - theme.scaled(60.0f)};
    drawPanel(canvas, panel, theme);
    const float pad = theme.scaled(18.0f);
    float y = drawWrapped(canvas, card.title, {panel.x + pad, panel.y + pad}, panel.width - 2 * pad,
                          heading) +
              8.0f;
    drawWrapped(canvas, detailsOf(card), {panel.x + pad, y}, panel.width - 2 * pad,
                theme.text(TextRole::Hint, theme.colours().text));
    drawHint(canvas, context_.text.get("hint.menu"), theme);
}

} // namespace respect::game
