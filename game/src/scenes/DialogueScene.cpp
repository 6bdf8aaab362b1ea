#include <engine/core/Utf8.hpp>
#include <engine/render/TextLayout.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/facilitation/ForumTheatre.hpp>
#include <game/play/Launch.hpp>
#include <game/scenes/BlankScene.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/PauseScene.hpp>
#include <game/scenes/RewindScene.hpp>
#include <game/scenes/VoteScene.hpp>
#include <game/ui/Drawing.hpp>

#include <algorithm>

namespace respect::game {
namespace {

using engine::input::Action;
namespace dlg = engine::dialogue;

constexpr float kMargin = 40.0f;
constexpr float kPadding = 24.0f;
constexpr float kPortrait = 160.0f;
constexpr double kStepSeconds = 1.0 / 60.0;

bool confirmed(const engine::input::InputFrame& input) {
    return input.pressed(Action::Confirm) || input.pressed(Action::Interact) ||
           input.pointerClicked;
}

/// The first `count` code points of `text`, never cutting a UTF-8 sequence.
std::string firstCodePoints(const std::string& text, std::size_t count) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!engine::isUtf8Continuation(text[i]) && seen++ == count) {
            return text.substr(0, i);
        }
    }
    return text;
}

} // namespace

DialogueScene::DialogueScene(GameContext& context, Scenario& scenario, const Encounter& encounter)
    : context_(context), scenario_(scenario), session_(scenario.session()),
      language_(context.text.language()) {
    session_.start(encounter);
    if (context_.forum != nullptr) {
        context_.forum->encounterStarted(encounter);
    }
    absorbEvents();
    autosave();
}

DialogueScene::DialogueScene(GameContext& context, Scenario& scenario)
    : context_(context), scenario_(scenario), session_(scenario.session()),
      language_(context.text.language()) {
    absorbEvents();
    // An exact resume queues no events: take what is on screen from the runner itself.
    if ((mode_ == Mode::Line && text_.empty()) || (mode_ == Mode::Choices && options_.empty())) {
        readRunner();
        if (mode_ == Mode::Line) {
            history_.push_back({speaker_, text_, false});
        }
    }
    revealed_ = static_cast<double>(textCodePoints_); // the player read it before the break
}

void DialogueScene::readRunner() {
    const auto& runner = session_.runner();
    if (mode_ == Mode::Line) {
        const auto& line = runner.currentLine();
        speaker_ = line.speaker == kNarrator
                       ? ""
                       : std::string(session_.level().speakerName(line.speaker));
        portrait_ = portraitOf(line.speaker);
        text_ = line.text;
        textCodePoints_ = engine::codePointCount(text_);
    } else if (mode_ == Mode::Choices) {
        options_.clear();
        unavailable_.clear();
        for (const auto& offered : runner.offeredChoices()) {
            options_.push_back(offered.choice->text);
        }
        for (const auto& hidden : runner.unavailableChoices()) {
            unavailable_.emplace_back(hidden.choice->text,
                                      hidden.choice->unavailableReason.value_or(""));
        }
    }
}

void DialogueScene::onEnter() {
    speakScreen();
}

void DialogueScene::autosave() {
    if (std::string problem = saveActiveScenario(context_, SaveStore::kAutosave);
        !problem.empty()) {
        pendingNotice_ = std::move(problem);
    }
}

void DialogueScene::absorbEvents() {
    using Kind = SessionEvent::Kind;
    bool ended = false;
    bool offered = false;
    for (const auto& event : session_.takeEvents()) {
        switch (event.kind) {
        case Kind::Line:
            speaker_ = event.speaker == kNarrator ? "" : std::string(event.speakerName);
            portrait_ = portraitOf(event.speaker);
            text_ = std::string(event.text);
            textCodePoints_ = engine::codePointCount(text_);
            revealed_ = context_.preferences.settings().typewriterCharsPerSecond == 0
                            ? static_cast<double>(textCodePoints_)
                            : 0.0;
            history_.push_back({speaker_, text_, false});
            break;
        case Kind::ChoicesOffered:
            offered = true;
            options_.assign(event.options.begin(), event.options.end());
            unavailable_.clear();
            for (const auto& [option, reason] : event.unavailable) {
                unavailable_.emplace_back(option, reason);
            }
            focused_ = 0;
            break;
        case Kind::ChoiceMade:
            history_.push_back({context_.text.get("dialogue.you"), std::string(event.text), true});
            break;
        case Kind::Score:
            if (!card_) {
                card_ = Card{};
            }
            card_->scores.push_back(std::string(event.dimensionName) +
                                    (event.delta > 0 ? " +" : " ") + std::to_string(event.delta));
            break;
        case Kind::Feedback:
            if (!card_) {
                card_ = Card{};
            }
            card_->ruleTitle = std::string(event.ruleTitle);
            card_->text = std::string(event.text);
            break;
        case Kind::EncounterEnded:
            outcome_ = std::string(event.outcome);
            ended = true;
            if (context_.forum != nullptr) {
                context_.forum->encounterEnded(outcome_);
            }
            break;
        default:
            break;
        }
    }
    const auto state = session_.runner().state();
    if (card_ && !card_->text.empty()) {
        mode_ = Mode::Feedback;
    } else {
        card_.reset();
        mode_ = state == dlg::RunnerState::ShowingLine      ? Mode::Line
                : state == dlg::RunnerState::AwaitingChoice ? Mode::Choices
                                                            : Mode::Ended;
    }
    if (offered && mode_ == Mode::Choices && context_.forum != nullptr) {
        context_.forum->choiceOffered();
        voteWanted_ = true;
    }
    if (ended) {
        autosave();
    }
}

void DialogueScene::openVote(engine::SceneStack& stack) {
    voteWanted_ = false;
    stack.push(std::make_unique<VoteScene>(context_, session_,
                                           [this](std::size_t index, const GroupVote& vote) {
                                               context_.forum->choiceMade(index, vote);
                                               chooseOption(index);
                                           }));
}

void DialogueScene::openRewind(engine::SceneStack& stack) {
    stack.push(std::make_unique<RewindScene>(context_, *context_.forum, [this](std::size_t point) {
        context_.forum->rewindTo(point);
        session_.takeEvents(); // what resuming queued was on screen already
        history_.push_back(
            {"", context_.text.format("rewind.history", {{"number", std::to_string(point + 1)}}),
             false});
        card_.reset();
        outcome_.clear();
        mode_ = Mode::Choices;
        readRunner();
        focused_ = 0;
        voteWanted_ = true;
    }));
}

bool DialogueScene::revealing() const {
    return mode_ == Mode::Line && revealed_ < static_cast<double>(textCodePoints_);
}

std::string DialogueScene::portraitOf(std::string_view speaker) const {
    if (speaker == kNarrator) {
        return {};
    }
    const Character* character = session_.level().findCharacter(speaker);
    std::string path = character != nullptr && !character->portrait.empty()
                           ? "assets/" + character->portrait
                           : "assets/portraits/" + std::string(speaker) + ".png";
    return context_.content.contains(path) ? path : std::string();
}

void DialogueScene::speakScreen() const {
    const Narrator& narrator = context_.narrator;
    switch (mode_) {
    case Mode::Line:
        narrator.say(speaker_.empty() ? text_ : speaker_ + ": " + text_);
        break;
    case Mode::Choices: {
        std::string all;
        for (std::size_t i = 0; i < options_.size(); ++i) {
            all += std::to_string(i + 1) + ". " + options_[i] + "\n";
        }
        narrator.say(all);
        break;
    }
    case Mode::Feedback:
        narrator.say(card_->ruleTitle + ". " + card_->text);
        break;
    case Mode::Ended:
        narrator.say(context_.text.get("dialogue.ended") + ". " +
                     context_.text.get("outcome." + outcome_));
        break;
    }
}

void DialogueScene::chooseOption(std::size_t index) {
    context_.audio.playSound("assets/sounds/ui-confirm.wav");
    card_.reset();
    session_.choose(index);
    absorbEvents();
    speakScreen();
}

bool DialogueScene::updateHistory(const engine::input::InputFrame& input) {
    if (input.pressed(Action::History) || input.pressed(Action::Back) || confirmed(input)) {
        showingHistory_ = false;
        return true;
    }
    const std::size_t before = historyScroll_;
    if ((input.pressed(Action::MoveUp) || input.pressed(Action::PageUp)) && historyScroll_ > 0) {
        --historyScroll_;
    }
    if ((input.pressed(Action::MoveDown) || input.pressed(Action::PageDown)) &&
        historyScroll_ + 1 < history_.size()) {
        ++historyScroll_;
    }
    return historyScroll_ != before;
}

bool DialogueScene::updateChoices(const engine::input::InputFrame& input) {
    const std::size_t before = focused_;
    if (input.pressed(Action::MoveDown)) {
        focused_ = (focused_ + 1) % options_.size();
    }
    if (input.pressed(Action::MoveUp)) {
        focused_ = (focused_ + options_.size() - 1) % options_.size();
    }
    if (input.pointer && (input.pointerMoved || input.pointerClicked)) {
        for (std::size_t i = 0; i < optionRects_.size(); ++i) {
            if (optionRects_[i].contains(*input.pointer)) {
                focused_ = i;
                if (input.pointerClicked) {
                    chooseOption(i);
                    return true;
                }
            }
        }
    }
    if (const int number = input.choicePressed();
        number > 0 && static_cast<std::size_t>(number) <= options_.size()) {
        chooseOption(static_cast<std::size_t>(number - 1));
        return true;
    }
    if (input.pressed(Action::Confirm)) {
        chooseOption(focused_);
        return true;
    }
    if (focused_ != before) {
        context_.audio.playSound("assets/sounds/ui-move.wav");
        context_.narrator.say(std::to_string(focused_ + 1) + ". " + options_[focused_]);
        return true;
    }
    return false;
}

bool DialogueScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    scenario_.addPlayTime(Scenario::kSecondsPerUpdate);
    if (BlankScene::openOnBlank(context_, input, stack)) {
        return true;
    }
    if (!pendingNotice_.empty()) {
        stack.push(std::make_unique<NoticeScene>(context_, std::exchange(pendingNotice_, {})));
        return true;
    }
    if (context_.text.language() != language_) {
        // The settings switched language (the scenario was translated again): show the
        // same line or choices in the new words.
        language_ = context_.text.language();
        readRunner();
        revealed_ = static_cast<double>(textCodePoints_);
        return true;
    }
    if (showingHistory_) {
        return updateHistory(input);
    }
    if (input.pressed(Action::Menu) || input.pressed(Action::Back)) {
        // Leaving from here closes this dialogue and the scenario under it.
        stack.push(std::make_unique<PauseScene>(context_, 2));
        return true;
    }
    if (input.pressed(Action::History) && !history_.empty()) {
        showingHistory_ = true;
        historyScroll_ = history_.size() > 1 ? history_.size() - 1 : 0;
        return true;
    }
    if (voteWanted_ && mode_ == Mode::Choices && context_.forum != nullptr) {
        openVote(stack);
        return true;
    }
    switch (mode_) {
    case Mode::Line: {
        if (revealing()) {
            if (confirmed(input)) {
                revealed_ = static_cast<double>(textCodePoints_); // one key shows it whole
                return true;
            }
            const double before = revealed_;
            revealed_ =
                std::min(static_cast<double>(textCodePoints_),
                         revealed_ + kStepSeconds *
                                         context_.preferences.settings().typewriterCharsPerSecond);
            return static_cast<std::size_t>(revealed_) != static_cast<std::size_t>(before);
        }
        if (!confirmed(input)) {
            return false;
        }
        session_.advance();
        absorbEvents();
        speakScreen();
        return true;
    }
    case Mode::Choices:
        return updateChoices(input);
    case Mode::Feedback:
        if (!confirmed(input)) {
            return false;
        }
        card_.reset();
        absorbEvents(); // moves on to the line, choices or end that follow
        speakScreen();
        return true;
    case Mode::Ended:
        if (context_.forum != nullptr && context_.forum->rewindPoints() > 0 &&
            input.pressed(Action::PageUp)) {
            openRewind(stack);
            return true;
        }
        if (!confirmed(input)) {
            return false;
        }
        stack.pop();
        return true;
    }
    return false;
}

engine::Rect DialogueScene::panel(engine::Canvas& canvas) const {
    const engine::Vec2 size = canvas.size();
    const float height = size.y * (context_.theme.textScale() > 1.5f ? 0.8f : 0.55f);
    return {kMargin, size.y - height - kMargin, size.x - 2 * kMargin, height};
}

void DialogueScene::drawLine(engine::Canvas& canvas, engine::Rect box) {
    const Theme& theme = context_.theme;
    float x = box.x + kPadding;
    float width = box.width - 2 * kPadding;
    float y = box.y + kPadding;
    if (!portrait_.empty()) {
        const engine::Rect frame{x, y, kPortrait, kPortrait};
        canvas.drawImage(portrait_, {0, 0, 128, 128}, frame);
        canvas.strokeRect(frame, theme.colours().focusFrame, 2.0f);
        x += kPortrait + kPadding;
        width -= kPortrait + kPadding;
    }
    if (!speaker_.empty()) {
        const auto name = theme.bold(TextRole::Heading);
        canvas.drawText(speaker_, {x, y}, name);
        y += canvas.measureText(speaker_, name).y + 8.0f;
    }
    // Wrap the whole line first, so words do not jump between lines as they appear.
    const auto body = theme.text(TextRole::Body);
    const float lineHeight = canvas.measureText("Ag", body).y;
    std::size_t left = static_cast<std::size_t>(revealed_);
    for (const auto& line : engine::wrapText(canvas, text_, body, width)) {
        if (left == 0) {
            break;
        }
        const std::size_t here = engine::codePointCount(line);
        canvas.drawText(firstCodePoints(line, left), {x, y}, body);
        // wrapText drops the space it breaks at; count it as revealed with the line.
        left = left > here ? left - here - 1 : 0;
        y += lineHeight;
    }
}

void DialogueScene::drawChoices(engine::Canvas& canvas, engine::Rect box) {
    const Theme& theme = context_.theme;
    const auto& colours = theme.colours();
    const float x = box.x + kPadding;
    const float width = box.width - 2 * kPadding;
    float y = box.y + kPadding;
    const auto body = theme.text(TextRole::Body);
    const auto focusBody = theme.bold(TextRole::Body, colours.text);
    const float lineHeight = canvas.measureText("Ag", body).y;
    const float inset = theme.scaled(12.0f);
    const float gap = 8.0f;
    const float bottom = box.y + box.height - kPadding -
                         canvas.measureText("Ag", theme.text(TextRole::Hint)).y - 8.0f;

    struct Row {
        std::vector<std::string> lines;
        float height;
    };
    std::vector<Row> rows;
    for (std::size_t i = 0; i < options_.size(); ++i) {
        // Numbered and marked by shape: the focus never relies on colour alone.
        const std::string label =
            (i == focused_ ? "▶ " : "   ") + std::to_string(i + 1) + ". " + options_[i];
        auto lines =
            engine::wrapText(canvas, label, i == focused_ ? focusBody : body, width - 2 * inset);
        const float height = lineHeight * static_cast<float>(lines.size()) + inset;
        rows.push_back({std::move(lines), height});
    }
    // Large text may not fit every choice: show a window of them that holds the focus.
    std::size_t first = 0;
    const auto heightOf = [&](std::size_t from, std::size_t to) {
        float total = 0.0f;
        for (std::size_t i = from; i <= to; ++i) {
            total += rows[i].height + gap;
        }
        return total;
    };
    while (first < focused_ && heightOf(first, focused_) > bottom - y) {
        ++first;
    }
    optionRects_.assign(options_.size(), engine::Rect{});
    const auto arrows = theme.text(TextRole::Hint);
    if (first > 0) {
        canvas.drawText("▲", {box.x + box.width - kPadding - 20.0f, y}, arrows);
    }
    std::size_t i = first;
    for (; i < rows.size() && y + rows[i].height <= bottom; ++i) {
        const engine::Rect row{x, y, width, rows[i].height};
        optionRects_[i] = row;
        if (i == focused_) {
            canvas.fillRect(row, colours.focus);
            canvas.strokeRect(row, colours.focusFrame, 3.0f);
        }
        float lineY = row.y + inset / 2.0f;
        for (const auto& line : rows[i].lines) {
            canvas.drawText(line, {x + inset, lineY}, i == focused_ ? focusBody : body);
            lineY += lineHeight;
        }
        y += row.height + gap;
    }
    if (i < rows.size()) {
        canvas.drawText("▼", {box.x + box.width - kPadding - 20.0f, bottom - lineHeight}, arrows);
        return; // the greyed-out choices come after the last one
    }
    const auto muted = theme.text(TextRole::Body, colours.mutedText);
    for (const auto& [option, reason] : unavailable_) {
        // Greyed and marked in words, so the state never depends on colour alone.
        const std::string label = "– " + option + " (" + context_.text.get("dialogue.unavailable") +
                                  (reason.empty() ? "" : ": " + reason) + ")";
        if (y + wrappedHeight(canvas, label, width - 2 * inset, muted) > bottom) {
            break;
        }
        y = drawWrapped(canvas, label, {x + inset, y + inset / 2.0f}, width - 2 * inset, muted) +
            inset;
    }
}

void DialogueScene::drawFeedback(engine::Canvas& canvas, engine::Rect box) {
    const Theme& theme = context_.theme;
    const float x = box.x + kPadding;
    const float width = box.width - 2 * kPadding;
    float y = box.y + kPadding;
    y = drawWrapped(canvas, context_.text.get("dialogue.feedback") + ": " + card_->ruleTitle,
                    {x, y}, width, theme.bold(TextRole::Heading)) +
        theme.scaled(12.0f);
    y = drawWrapped(canvas, card_->text, {x, y}, width, theme.text(TextRole::Body)) +
        theme.scaled(12.0f);
    const auto scoreStyle = theme.text(TextRole::Hint, theme.colours().mutedText);
    for (const auto& score : card_->scores) {
        canvas.drawText(score, {x, y}, scoreStyle);
        y += canvas.measureText("Ag", scoreStyle).y + 4.0f;
    }
}

void DialogueScene::drawHistory(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, theme.colours().scrim);
    const engine::Rect box{kMargin, kMargin, size.x - 2 * kMargin, size.y - 2 * kMargin};
    drawPanel(canvas, box, theme);
    const float x = box.x + kPadding;
    const float width = box.width - 2 * kPadding;
    float y = box.y + kPadding;
    y = drawWrapped(canvas, context_.text.get("dialogue.history"), {x, y}, width,
                    theme.bold(TextRole::Heading)) +
        theme.scaled(8.0f);
    const float bottom = box.y + box.height - kPadding - theme.scaled(30.0f);
    // Show the entries from historyScroll_ on; the newest is at the bottom when scrolled
    // to the end, so go back from there while it fits.
    std::size_t first = historyScroll_;
    float needed = 0.0f;
    const auto body = theme.text(TextRole::Body);
    while (first > 0) {
        const auto& entry = history_[first];
        needed += wrappedHeight(canvas, entry.speaker + ": " + entry.text, width, body) + 8.0f;
        if (needed > bottom - y) {
            break;
        }
        --first;
    }
    for (std::size_t i = first; i <= historyScroll_ && i < history_.size(); ++i) {
        const auto& entry = history_[i];
        const std::string text =
            entry.speaker.empty() ? entry.text : entry.speaker + ": " + entry.text;
        const auto style = entry.choice ? theme.bold(TextRole::Body, theme.colours().title) : body;
        if (y + wrappedHeight(canvas, text, width, style) > bottom) {
            break;
        }
        y = drawWrapped(canvas, text, {x, y}, width, style) + 8.0f;
    }
    drawHint(canvas, context_.text.get("hint.history"), theme);
}

void DialogueScene::draw(engine::Canvas& canvas) {
    const engine::Rect box = panel(canvas);
    drawPanel(canvas, box, context_.theme);
    optionRects_.clear();
    const Theme& theme = context_.theme;
    switch (mode_) {
    case Mode::Line:
        drawLine(canvas, box);
        break;
    case Mode::Choices:
        drawChoices(canvas, box);
        break;
    case Mode::Feedback:
        drawFeedback(canvas, box);
        break;
    case Mode::Ended: {
        const float x = box.x + kPadding;
        const float y = box.y + kPadding;
        canvas.drawText(context_.text.get("dialogue.ended"), {x, y}, theme.bold(TextRole::Heading));
        canvas.drawText(context_.text.get("outcome." + outcome_), {x, y + theme.scaled(48.0f)},
                        theme.text(TextRole::Body));
        break;
    }
    }
    const bool canReplay =
        mode_ == Mode::Ended && context_.forum != nullptr && context_.forum->rewindPoints() > 0;
    const char* hint = mode_ == Mode::Choices ? "dialogue.choose"
                       : canReplay            ? "dialogue.continue-or-replay"
                                              : "dialogue.continue";
    const auto hintStyle = theme.text(TextRole::Hint);
    canvas.drawText(
        context_.text.get(hint),
        {box.x + kPadding, box.y + box.height - kPadding - canvas.measureText("Ag", hintStyle).y},
        hintStyle);
    if (showingHistory_) {
        drawHistory(canvas);
    }
}

} // namespace respect::game
