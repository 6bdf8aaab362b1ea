#include <engine/core/Error.hpp>
#include <engine/io/XdgPaths.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/play/RecordKeeping.hpp>
#include <game/records/RecordsFolder.hpp>
#include <game/records/RecordsUploader.hpp>
#include <game/records/Uuid.hpp>
#include <game/report/DebriefHtml.hpp>
#include <game/scenes/DebriefScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/ui/Drawing.hpp>

#include <algorithm>
#include <ctime>

namespace respect::game {

namespace {

using engine::input::Action;

constexpr float kMargin = 40.0f;

std::string signedNumber(int value) {
    return (value > 0 ? "+" : "") + std::to_string(value);
}

} // namespace

DebriefScene::DebriefScene(GameContext& context, std::unique_ptr<Scenario> scenario)
    : context_(context), scenario_(std::move(scenario)),
      report_(buildDebriefReport(scenario_->session(), scenario_->code(),
                                 utcTimestamp(std::time(nullptr)))),
      menu_({context.text.get("debrief.save-picture"), context.text.get("debrief.save-page"),
             context.text.get("debrief.back")}) {
    const ProgressRecord record = context_.progressStore.recordCompletion(
        context_.progress, scenario_->level().id, scenario_->session().scores());
    if (!record.saved) {
        pendingNotice_ = record.message;
    }
    writeRecords();
}

void DebriefScene::writeRecords() {
    const PlayRecordContext record = playRecordContext(context_, *scenario_, report_.date);
    const auto statements = buildXapiStatements(report_, record, randomUuid);
    const auto campaign = loadCampaignOutline(context_.content, record.language);
    const std::string problems = keepRecords(context_, [&](const RecordsFolder& folder) {
        folder.recordPlay(report_, record, statements, campaign, context_.text);
    });
    pendingNotice_ += (pendingNotice_.empty() || problems.empty() ? "" : "\n") + problems;
}

void DebriefScene::onEnter() {
    context_.narrator.say(context_.text.get("debrief.title") + ": " + report_.levelTitle + ". " +
                          menu_.focusedLabel());
}

std::filesystem::path DebriefScene::exportPath(const char* extension) const {
    return context_.reportsFolder /
           ("debrief-" + report_.levelId + "-" + compactTimestamp(report_.date) + extension);
}

void DebriefScene::savePage() {
    const auto file = exportPath(".html");
    try {
        engine::io::XdgPaths::createPrivateFolder(context_.reportsFolder);
        writeDebriefHtml(report_, context_.text, file);
        lastExport_ = file;
        pendingNotice_ = context_.text.format("debrief.saved", {{"file", file.string()}});
    } catch (const engine::Error& error) {
        pendingNotice_ = error.what();
    }
}

void DebriefScene::savePicture() {
    const auto file = exportPath(".png");
    try {
        engine::io::XdgPaths::createPrivateFolder(context_.reportsFolder);
    } catch (const engine::Error& error) {
        pendingNotice_ = error.what();
        return;
    }
    // The loop saves the next frame it draws; the answer comes back here.
    context_.capture.request(
        file, [this](const std::filesystem::path& saved, const std::string& error) {
            if (error.empty()) {
                lastExport_ = saved;
                pendingNotice_ = context_.text.format("debrief.saved", {{"file", saved.string()}});
            } else {
                pendingNotice_ = error;
            }
        });
}

bool DebriefScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    if (context_.uploader != nullptr && pendingNotice_.empty()) {
        for (const auto& problem : context_.uploader->takeProblems()) {
            pendingNotice_ += (pendingNotice_.empty() ? "" : "\n") + problem;
        }
    }
    if (!pendingNotice_.empty()) {
        stack.push(std::make_unique<NoticeScene>(context_, std::exchange(pendingNotice_, {})));
        return true;
    }
    if (context_.capture.pending()) {
        return true; // draw the frame to save
    }
    const bool scrolled = scroll_.update(input);
    bool changed = scrolled;
    const auto activated = menu_.update(input, context_.audio, changed);
    if (activated == SavePicture) {
        savePicture();
        return true;
    }
    if (activated == SavePage) {
        savePage();
        return true;
    }
    if (activated == Back || input.pressed(Action::Back)) {
        stack.pop();
        return true;
    }
    if (changed && !scrolled) {
        context_.narrator.say(menu_.focusedLabel());
    }
    return changed;
}

float DebriefScene::drawReport(engine::Canvas& canvas, engine::Rect area) {
    const Theme& theme = context_.theme;
    const auto& colours = theme.colours();
    const auto heading = theme.bold(TextRole::Body, colours.title);
    const auto body = theme.text(TextRole::Hint, colours.text);
    const auto muted = theme.text(TextRole::Hint, colours.mutedText);
    const auto strong = theme.bold(TextRole::Hint, colours.text);
    const float gap = theme.scaled(10.0f);
    float y = area.y - scroll_.offset();
    const auto wrapped = [&](const std::string& text, const engine::TextStyle& style,
                             float indent = 0.0f) {
        y = drawWrapped(canvas, text, {area.x + indent, y}, area.width - indent, style);
    };

    wrapped(context_.text.get("debrief.encounters"), heading);
    y += gap;
    for (const auto& encounter : report_.encounters) {
        const std::string outcome = encounter.outcome.empty()
                                        ? context_.text.get("debrief.unfinished")
                                        : context_.text.get("outcome." + encounter.outcome);
        std::string who = encounter.who;
        if (!encounter.role.empty()) {
            who += " (" + context_.text.get("role." + encounter.role) + ")";
        }
        wrapped(encounter.title + (who.empty() ? "" : ", " + who) + ": " + outcome, strong);
        for (const auto& point : encounter.choices) {
            wrapped(context_.text.get("debrief.you-chose") + ": " + point.chosen.text, body,
                    theme.scaled(20.0f));
            for (const auto& other : point.alternatives) {
                wrapped("– " + other.text, muted, theme.scaled(40.0f));
            }
        }
        y += gap;
    }
    y += gap;
    wrapped(context_.text.get("debrief.rules"), heading);
    y += gap;
    if (report_.rules.empty()) {
        wrapped(context_.text.get("debrief.no-rules"), body);
    }
    for (const auto& rule : report_.rules) {
        wrapped(
            rule.title + " (" +
                context_.text.get(std::string("debrief.rule-") + ruleVerdictName(rule.verdict)) +
                ")",
            strong);
        wrapped(rule.text, body, theme.scaled(20.0f));
        y += gap;
    }
    y += gap;
    wrapped(context_.text.get("debrief.questions"), heading);
    y += gap;
    for (std::size_t i = 0; i < report_.questions.size(); ++i) {
        wrapped(std::to_string(i + 1) + ". " + report_.questions[i], body);
        y += gap / 2.0f;
    }
    return y + scroll_.offset() - area.y;
}

float DebriefScene::drawScores(engine::Canvas& canvas, engine::Rect area) {
    const Theme& theme = context_.theme;
    const auto& colours = theme.colours();
    const auto heading = theme.bold(TextRole::Body, colours.title);
    const auto body = theme.text(TextRole::Hint, colours.text);
    float y = drawWrapped(canvas, context_.text.get("debrief.scores"), {area.x, area.y}, area.width,
                          heading) +
              theme.scaled(8.0f);
    // A bar per dimension around a zero line; the number is always written beside it.
    float nameWidth = 0.0f;
    for (const auto& score : report_.scores) {
        nameWidth = std::max(nameWidth, canvas.measureText(score.name, body).x);
    }
    nameWidth = std::min(nameWidth, area.width * 0.45f);
    const float numberWidth = canvas.measureText("+00", body).x + 8.0f;
    const float barArea = area.width - nameWidth - numberWidth - 16.0f;
    int largest = 1;
    for (const auto& score : report_.scores) {
        largest = std::max(largest, std::abs(score.total));
    }
    const float unit = barArea / 2.0f / static_cast<float>(largest);
    const float zero = area.x + nameWidth + 8.0f + barArea / 2.0f;
    const float rowHeight = canvas.measureText("Ag", body).y + 6.0f;
    for (const auto& score : report_.scores) {
        canvas.drawText(score.name, {area.x, y}, body);
        const float length = static_cast<float>(std::abs(score.total)) * unit;
        const engine::Rect bar{score.total >= 0 ? zero : zero - length, y + rowHeight * 0.2f,
                               length, rowHeight * 0.6f};
        canvas.fillRect({zero - 1.0f, y, 2.0f, rowHeight}, colours.mutedText);
        canvas.fillRect(bar, score.total >= 0 ? colours.positive : colours.negative);
        canvas.drawText(signedNumber(score.total), {zero + barArea / 2.0f + 8.0f, y}, body);
        y += rowHeight;
    }
    return y;
}

void DebriefScene::draw(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    const engine::Vec2 size = canvas.size();
    drawBackground(canvas, theme);
    const auto title = theme.bold(TextRole::Heading);
    const float titleHeight = canvas.measureText("Ag", title).y;
    const float top = kMargin / 2.0f + titleHeight + theme.scaled(12.0f);
    const float bottom = size.y - theme.scaled(40.0f);
    const float left = size.x * 0.5f;

    // The right column: the scores, and the buttons under them.
    const float rightX = left + kMargin / 2.0f;
    const float rightWidth = size.x - left - 1.5f * kMargin;
    menu_.setColumn(rightX, rightWidth);
    const float chartBottom = drawScores(canvas, {rightX, top, rightWidth, bottom - top});
    // The left column scrolls (Page Up / Page Down); its heading and the title stay.
    const engine::Rect area{kMargin, top, left - 1.5f * kMargin, bottom - top};
    scroll_.measured(drawReport(canvas, area), area.height);
    // Cover what scrolled above the column, then draw the title over it.
    canvas.fillRect({0, 0, left, top}, theme.colours().background);
    canvas.fillRect({0, bottom, left, size.y - bottom}, theme.colours().background);
    canvas.drawText(context_.text.get("debrief.title") + ": " + report_.levelTitle,
                    {kMargin, kMargin / 2.0f}, title);
    if (scroll_.overflows()) {
        const auto hint = theme.text(TextRole::Hint);
        canvas.drawText(scroll_.moreBelow() ? "▼ " + context_.text.get("debrief.more") : "▲",
                        {kMargin, bottom + 4.0f}, hint);
    }
    menu_.draw(canvas, chartBottom + theme.scaled(20.0f), theme);
}

} // namespace respect::game
