#include <engine/render/TextLayout.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/scenes/BlankScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/scenes/VoteScene.hpp>
#include <game/ui/Drawing.hpp>

#include <algorithm>

namespace respect::game {

namespace {

using engine::input::Action;

/// The digit a device press types: the number row or the keypad ("Key:Num0", "Key:Numpad7").
int typedZero(const engine::input::InputFrame& input) {
    for (const auto& press : input.devicePresses) {
        if (press == "Key:Num0" || press == "Key:Numpad0") {
            return 0;
        }
    }
    return -1;
}

} // namespace

VoteScene::VoteScene(GameContext& context, const LevelSession& session, Decided decided)
    : context_(context), vote_(session.runner().offeredChoices().size()),
      decided_(std::move(decided)) {
    for (const auto& offered : session.runner().offeredChoices()) {
        options_.push_back(offered.choice->text);
    }
    if (const Encounter* encounter = session.current()) {
        note_ = encounter->note;
    }
}

std::string VoteScene::optionName(std::size_t option) const {
    return std::to_string(option + 1) + ". " + shortened(options_[option], 48);
}

void VoteScene::onEnter() {
    context_.narrator.say(context_.text.get("vote.title") + ". " + context_.text.get("vote.hint"));
    speakFocus();
}

void VoteScene::speakFocus() const {
    if (focused_ < options_.size()) {
        context_.narrator.say(
            std::to_string(focused_ + 1) + ". " + options_[focused_] + ": " +
            context_.text.format("vote.hands",
                                 {{"count", std::to_string(vote_.hands()[focused_])}}));
    }
}

void VoteScene::decide(std::size_t option, engine::SceneStack& stack) {
    context_.audio.playSound("assets/sounds/ui-confirm.wav");
    const GroupVote vote = vote_;
    Decided decided = std::move(decided_);
    stack.pop(); // this scene is gone after the next line: copy what it needs first
    decided(option, vote);
}

bool VoteScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    if (BlankScene::openOnBlank(context_, input, stack)) {
        return true;
    }
    if (options_.empty()) {
        stack.pop();
        return true;
    }
    const std::size_t count = options_.size();
    if (input.pressed(Action::MoveDown) || input.pressed(Action::MoveUp)) {
        focused_ = input.pressed(Action::MoveDown) ? (focused_ + 1) % count
                                                   : (focused_ + count - 1) % count;
        freshNumber_ = true;
        context_.audio.playSound("assets/sounds/ui-move.wav");
        speakFocus();
        return true;
    }
    if (input.pressed(Action::MoveRight) || input.pressed(Action::MoveLeft)) {
        input.pressed(Action::MoveRight) ? vote_.addHand(focused_) : vote_.removeHand(focused_);
        revealed_ = false;
        speakFocus();
        return true;
    }
    int digit = input.choicePressed();
    if (digit == 0) {
        digit = typedZero(input);
    }
    if (digit >= 0) {
        vote_.typeDigit(focused_, digit, freshNumber_);
        freshNumber_ = false;
        revealed_ = false;
        speakFocus();
        return true;
    }
    // E alone: Enter and Space are bound to Interact as well as Confirm.
    if (input.pressed(Action::Interact) && !input.pressed(Action::Confirm)) {
        decide(focused_, stack);
        return true;
    }
    if (input.pressed(Action::History) && !note_.empty()) {
        stack.push(
            std::make_unique<NoticeScene>(context_, context_.text.get("vote.note") + "\n" + note_));
        return true;
    }
    if (input.pressed(Action::Confirm) || input.pressed(Action::PageDown)) {
        if (!revealed_) {
            revealed_ = true;
            const auto majority = vote_.majority();
            context_.narrator.say(
                majority
                    ? context_.text.format("vote.majority", {{"option", optionName(*majority)}})
                    : context_.text.get("vote.no-hands"));
            return true;
        }
        decide(vote_.majority().value_or(focused_), stack);
        return true;
    }
    return false;
}

void VoteScene::draw(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    const Palette& colours = theme.colours();
    const engine::Vec2 size = canvas.size();
    canvas.fillRect({0, 0, size.x, size.y}, colours.scrim);
    const std::string hint = context_.text.get(revealed_ ? "vote.play-hint" : "vote.hint");
    const float margin = theme.scaled(16.0f);
    const float bottom = hintTop(canvas, hint, theme) - 8.0f;
    const engine::Rect panel{margin, margin, size.x - 2 * margin, bottom - margin};
    drawPanel(canvas, panel, theme);
    const float padding = theme.scaled(16.0f);
    const float width = panel.width - 2 * padding;
    const float left = panel.x + padding;
    float y = panel.y + padding;
    const auto titleStyle = theme.bold(TextRole::Body, colours.title);
    canvas.drawText(context_.text.get("vote.title"), {left, y}, titleStyle);
    y += canvas.measureText("Ag", titleStyle).y + theme.scaled(6.0f);
    const auto noteStyle = theme.text(TextRole::Hint, colours.mutedText);
    const std::string note =
        note_.empty() ? std::string() : context_.text.get("vote.note") + " " + note_;
    const float noteHeight =
        note.empty() ? 0.0f : wrappedHeight(canvas, note, width, noteStyle) + theme.scaled(8.0f);

    const auto percents = vote_.percents();
    const auto majority = vote_.majority();
    // Once revealed, the option in the lead is bold with a bright bar; words are only
    // needed for a tie or an empty vote.
    std::string verdict;
    if (revealed_ && (!majority || vote_.tied())) {
        verdict = majority ? context_.text.get("vote.tied") : context_.text.get("vote.no-hands");
    }
    // Options on the left, the count and its bar on the right of each: Body-sized when
    // they fit, smaller when not (long options at projector scale).
    const float textWidth = width * 0.66f;
    const float rightX = left + textWidth + theme.scaled(16.0f);
    const float rightWidth = left + width - rightX;
    const auto labelOf = [&](std::size_t i) { return std::to_string(i + 1) + ". " + options_[i]; };
    // The option in the lead is bold, which can take one more line.
    const auto rowHeight = [&](std::size_t i, TextRole role) {
        const auto style = theme.bold(role);
        const float line = canvas.measureText("Ag", style).y;
        return std::max(wrappedHeight(canvas, labelOf(i), textWidth, style), line * 1.8f) +
               line * 0.3f;
    };
    const auto heightWith = [&](TextRole role) {
        float total =
            verdict.empty() ? 0.0f : wrappedHeight(canvas, verdict, width, theme.bold(role));
        for (std::size_t i = 0; i < options_.size(); ++i) {
            total += rowHeight(i, role);
        }
        return total;
    };
    // The largest layout that fits: body text with the note, smaller text with the note,
    // smaller text with the note behind H (projector scale, long options).
    const float room = bottom - padding - y;
    TextRole role = TextRole::Hint;
    noteHidden_ = false;
    if (heightWith(TextRole::Body) + noteHeight <= room) {
        role = TextRole::Body;
    } else if (heightWith(TextRole::Hint) + noteHeight > room && !note.empty()) {
        noteHidden_ = true;
    }
    if (noteHidden_) {
        // No row to spare: the pointer to the note sits at the right of the title.
        const std::string pointer = context_.text.get("vote.note-hidden");
        const float pointerWidth = canvas.measureText(pointer, noteStyle).x;
        canvas.drawText(pointer, {std::max(left, left + width - pointerWidth), panel.y + padding},
                        noteStyle);
    } else if (!note.empty()) {
        y = drawWrapped(canvas, note, {left, y}, width, noteStyle) + theme.scaled(8.0f);
    }
    const auto body = theme.text(role);
    const auto strong = theme.bold(role);
    const float line = canvas.measureText("Ag", body).y;
    const int most = std::max(1, *std::max_element(vote_.hands().begin(), vote_.hands().end()));
    for (std::size_t i = 0; i < options_.size(); ++i) {
        const float top = y;
        const float height = rowHeight(i, role);
        const bool leading = revealed_ && majority && *majority == i;
        if (i == focused_) {
            const engine::Rect row{left - 6.0f, top - 3.0f, width + 12.0f, height};
            canvas.fillRect(row, colours.focus);
            canvas.strokeRect(row, colours.focusFrame, 2.0f); // what high contrast shows
        }
        drawWrapped(canvas, labelOf(i), {left, top}, textWidth, leading ? strong : body);
        std::string count =
            context_.text.format("vote.hands", {{"count", std::to_string(vote_.hands()[i])}});
        if (revealed_) {
            count += "  (" + std::to_string(percents[i]) + " %)";
        }
        canvas.drawText(count, {rightX, top}, leading ? strong : body);
        const float length =
            rightWidth * static_cast<float>(vote_.hands()[i]) / static_cast<float>(most);
        canvas.fillRect({rightX, top + line * 1.05f, std::max(2.0f, length), line * 0.6f},
                        leading ? colours.positive : colours.mutedText);
        y = top + height;
    }
    if (!verdict.empty()) {
        drawWrapped(canvas, verdict, {left, y}, width, strong);
    }
    drawHint(canvas, hint, theme);
}

} // namespace respect::game
