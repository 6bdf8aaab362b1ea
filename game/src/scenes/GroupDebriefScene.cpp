#include <engine/core/Error.hpp>
#include <engine/io/XdgPaths.hpp>
#include <engine/render/TextLayout.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/play/RecordKeeping.hpp>
#include <game/progress/SaveGame.hpp>
#include <game/records/RecordsFolder.hpp>
#include <game/records/Uuid.hpp>
#include <game/report/DebriefReport.hpp>
#include <game/scenes/BlankScene.hpp>
#include <game/scenes/GroupDebriefScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/ui/Drawing.hpp>

#include <algorithm>
#include <ctime>

namespace respect::game {

namespace {

using engine::input::Action;

} // namespace

GroupDebriefScene::GroupDebriefScene(GameContext& context, std::unique_ptr<Scenario> scenario,
                                     std::unique_ptr<ForumTheatre> forum)
    : context_(context), scenario_(std::move(scenario)), forum_(std::move(forum)),
      debrief_(buildGroupDebrief(*forum_, scenario_->level(), scenario_->code(),
                                 utcTimestamp(std::time(nullptr)))),
      menu_({context.text.get("group.questions"), context.text.get("debrief.save-page"),
             context.text.get("debrief.back")}) {
    menu_.setTextRole(TextRole::Hint); // the plays need the room, even at projector scale
    // A team event completes the scenario for this machine's campaign, so the next one
    // unlocks; no one's personal record is written, only the event's statements.
    const ProgressRecord record = context_.progressStore.recordCompletion(
        context_.progress, scenario_->level().id, scenario_->session().scores());
    if (!record.saved) {
        pendingNotice_ = record.message;
    }
    writeStatements();
}

void GroupDebriefScene::writeStatements() {
    // The facilitator, as the settings name them, is the event's instructor.
    const PlayRecordContext record = playRecordContext(context_, *scenario_, debrief_.date);
    const TeamRecord team = teamRecordOf(*forum_);
    const auto report = buildDebriefReport(scenario_->session(), scenario_->code(), debrief_.date);
    const auto statements = buildXapiStatements(report, record, randomUuid, &team);
    const std::string problems = keepRecords(
        context_, [&](const RecordsFolder& folder) { folder.recordStatements(statements); });
    pendingNotice_ += (pendingNotice_.empty() || problems.empty() ? "" : "\n") + problems;
}

void GroupDebriefScene::onEnter() {
    context_.narrator.say(context_.text.get("group.title") + ": " + debrief_.levelTitle + ". " +
                          menu_.focusedLabel());
}

void GroupDebriefScene::speakQuestion() const {
    if (question_ && *question_ < debrief_.questions.size()) {
        context_.narrator.say(debrief_.questions[*question_]);
    }
}

void GroupDebriefScene::savePage() {
    const auto file = context_.reportsFolder / ("team-debrief-" + scenario_->level().id + "-" +
                                                compactTimestamp(debrief_.date) + ".html");
    try {
        engine::io::XdgPaths::createPrivateFolder(context_.reportsFolder);
        writeGroupDebriefHtml(debrief_, context_.text, file);
        lastExport_ = file;
        pendingNotice_ = context_.text.format("debrief.saved", {{"file", file.string()}});
    } catch (const engine::Error& error) {
        pendingNotice_ = error.what();
    }
}

bool GroupDebriefScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    if (BlankScene::openOnBlank(context_, input, stack)) {
        return true;
    }
    if (!pendingNotice_.empty()) {
        stack.push(std::make_unique<NoticeScene>(context_, std::exchange(pendingNotice_, {})));
        return true;
    }
    if (question_) {
        const std::size_t count = debrief_.questions.size();
        if (input.pressed(Action::Back) ||
            ((input.pressed(Action::PageDown) || input.pressed(Action::Confirm)) &&
             *question_ + 1 >= count)) {
            question_.reset();
            context_.narrator.say(menu_.focusedLabel());
            return true;
        }
        if (input.pressed(Action::PageDown) || input.pressed(Action::Confirm) ||
            input.pressed(Action::MoveRight)) {
            question_ = std::min(count - 1, *question_ + 1);
            speakQuestion();
            return true;
        }
        if ((input.pressed(Action::PageUp) || input.pressed(Action::MoveLeft)) && *question_ > 0) {
            --*question_;
            speakQuestion();
            return true;
        }
        return false;
    }
    const bool scrolled = scroll_.update(input);
    bool changed = scrolled;
    const auto activated = menu_.update(input, context_.audio, changed);
    if (activated == Questions && !debrief_.questions.empty()) {
        question_ = 0;
        speakQuestion();
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

void GroupDebriefScene::drawQuestion(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    const engine::Vec2 size = canvas.size();
    const float margin = theme.scaled(60.0f);
    const std::string counter = context_.text.format(
        "group.question-of", {{"number", std::to_string(*question_ + 1)},
                              {"count", std::to_string(debrief_.questions.size())}});
    canvas.drawText(counter, {margin, margin}, theme.bold(TextRole::Heading));
    // As large as the screen allows: title-sized, else heading-sized, else body text.
    const std::string& question = debrief_.questions[*question_];
    const engine::Vec2 topLeft{margin, margin + theme.scaled(70.0f)};
    const float width = size.x - 2 * margin;
    const float room = hintTop(canvas, context_.text.get("group.question-hint"), theme) -
                       topLeft.y - theme.scaled(10.0f);
    auto style = theme.bold(TextRole::Body);
    for (const TextRole role : {TextRole::Title, TextRole::Heading}) {
        if (wrappedHeight(canvas, question, width, theme.bold(role)) <= room) {
            style = theme.bold(role);
            break;
        }
    }
    drawWrapped(canvas, question, topLeft, width, style);
    drawHint(canvas, context_.text.get("group.question-hint"), theme);
}

void GroupDebriefScene::draw(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    const auto& colours = theme.colours();
    drawBackground(canvas, theme);
    if (question_ && *question_ < debrief_.questions.size()) {
        drawQuestion(canvas);
        return;
    }
    const engine::Vec2 size = canvas.size();
    const float margin = theme.scaled(30.0f);
    // The title stays; the plays scroll on the left (Page Up / Page Down), the buttons
    // stand on the right.
    const std::string title = context_.text.get("group.title") + ": " + debrief_.levelTitle;
    const auto titleStyle = theme.bold(TextRole::Body, colours.title);
    const float titleHeight = wrappedHeight(canvas, title, size.x - 2 * margin, titleStyle);
    const float top = margin + titleHeight + theme.scaled(14.0f);
    const std::string hint = context_.text.get("group.hint");
    const float bottom = hintTop(canvas, hint, theme) -
                         canvas.measureText("Ag", theme.text(TextRole::Hint)).y - 8.0f;
    const float split = size.x * 0.56f;
    const engine::Rect area{margin, top, split - 1.5f * margin, bottom - top};
    const auto heading = theme.bold(TextRole::Body, colours.title);
    const auto body = theme.text(TextRole::Hint, colours.text);
    const auto strong = theme.bold(TextRole::Hint, colours.text);
    float y = area.y - scroll_.offset();
    const float lineHeight = canvas.measureText("Ag", body).y;
    for (const auto& play : debrief_.plays) {
        std::string label = play.title;
        if (play.replay) {
            label += "  (" +
                     context_.text.format("group.replay",
                                          {{"number", std::to_string(play.fromChoice + 1)}}) +
                     ")";
        }
        label += ": " + (play.outcome.empty() ? std::string("-")
                                              : context_.text.get("outcome." + play.outcome));
        y = drawWrapped(canvas, label, {area.x, y}, area.width, heading);
        for (std::size_t c = 0; c < play.choices.size(); ++c) {
            const auto& choice = play.choices[c];
            for (std::size_t i = 0; i < choice.options.size(); ++i) {
                const bool played = i == choice.played;
                const int hands = i < choice.hands.size() ? choice.hands[i] : 0;
                const int percent = i < choice.percents.size() ? choice.percents[i] : 0;
                const float barWidth = area.width * 0.14f * static_cast<float>(percent) / 100.0f;
                canvas.fillRect({area.x + theme.scaled(20.0f), y + lineHeight * 0.2f,
                                 std::max(2.0f, barWidth), lineHeight * 0.6f},
                                played ? colours.positive : colours.mutedText);
                const std::string line =
                    (played ? "▶ " : "") + choice.options[i] + "  " +
                    context_.text.format("vote.hands", {{"count", std::to_string(hands)}}) + " (" +
                    std::to_string(percent) + " %)";
                y = drawWrapped(canvas, line,
                                {area.x + area.width * 0.16f + theme.scaled(20.0f), y},
                                area.width * 0.84f - theme.scaled(20.0f), played ? strong : body);
            }
            y += lineHeight * 0.4f;
        }
        if (!play.scoreChanges.empty()) {
            std::string changes;
            for (const auto& change : play.scoreChanges) {
                changes += (changes.empty() ? "" : ", ") + change;
            }
            y = drawWrapped(canvas, changes, {area.x, y}, area.width, body);
        }
        y += lineHeight;
    }
    scroll_.measured(y + scroll_.offset() - area.y, area.height);
    canvas.fillRect({0, 0, size.x, top}, colours.background);
    canvas.fillRect({0, bottom, size.x, size.y - bottom}, colours.background);
    canvas.fillRect({split - margin / 2, top, size.x - split + margin / 2, bottom - top},
                    colours.background);
    drawWrapped(canvas, title, {margin, margin}, size.x - 2 * margin, titleStyle);
    menu_.setColumn(split, size.x - split - margin);
    menu_.draw(canvas, top, theme);
    if (scroll_.overflows()) {
        canvas.drawText(scroll_.moreBelow() ? "▼ " + context_.text.get("debrief.more") : "▲",
                        {margin, bottom + 4.0f}, theme.text(TextRole::Hint));
    }
    drawHint(canvas, hint, theme);
}

} // namespace respect::game
