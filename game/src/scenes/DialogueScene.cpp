#include <engine/render/TextLayout.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/scenes/DialogueScene.hpp>
#include <game/scenes/PauseScene.hpp>
#include <game/ui/Theme.hpp>

namespace respect::game {
namespace {

using engine::input::Action;
namespace dlg = engine::dialogue;

constexpr float kMargin = 40.0f;
constexpr float kPadding = 24.0f;

engine::TextStyle style(float size, engine::Color colour, const char* font = "regular") {
    engine::TextStyle s;
    s.sizePixels = size;
    s.color = colour;
    s.font = font;
    return s;
}

bool confirmed(const engine::input::InputFrame& input) {
    return input.pressed(Action::Confirm) || input.pressed(Action::Interact) ||
           input.pointerClicked;
}

// Draws wrapped lines from `y` and returns the y below them.
float drawWrapped(engine::Canvas& canvas, const std::string& text, float x, float y, float width,
                  const engine::TextStyle& textStyle) {
    const float lineHeight = canvas.measureText("Ag", textStyle).y;
    for (const auto& line : engine::wrapText(canvas, text, textStyle, width)) {
        canvas.drawText(line, {x, y}, textStyle);
        y += lineHeight;
    }
    return y;
}

} // namespace

DialogueScene::DialogueScene(GameContext& context, LevelSession& session,
                             const Encounter& encounter)
    : context_(context), session_(session) {
    session_.start(encounter);
    absorbEvents();
}

void DialogueScene::absorbEvents() {
    using Kind = SessionEvent::Kind;
    for (const auto& event : session_.takeEvents()) {
        switch (event.kind) {
        case Kind::Line:
            speaker_ = event.speaker == kNarrator ? "" : event.speakerName;
            portrait_ = portraitOf(event.speaker);
            text_ = event.text;
            break;
        case Kind::ChoicesOffered:
            options_ = event.options;
            unavailable_ = event.unavailable;
            focused_ = 0;
            break;
        case Kind::Score:
            if (!card_) {
                card_ = Card{};
            }
            card_->scores.push_back(event.dimensionName + (event.delta > 0 ? " +" : " ") +
                                    std::to_string(event.delta));
            break;
        case Kind::Feedback:
            if (!card_) {
                card_ = Card{};
            }
            card_->ruleTitle = event.ruleTitle;
            card_->text = event.text;
            break;
        case Kind::EncounterEnded:
            outcome_ = event.outcome;
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
}

std::string DialogueScene::portraitOf(const std::string& speaker) const {
    if (speaker == kNarrator) {
        return {};
    }
    const Character* character = session_.level().findCharacter(speaker);
    std::string path = character != nullptr && !character->portrait.empty()
                           ? "assets/" + character->portrait
                           : "assets/portraits/" + speaker + ".png";
    return context_.content.contains(path) ? path : std::string();
}

void DialogueScene::chooseOption(std::size_t index) {
    context_.audio.playSound("assets/sounds/ui-confirm.wav");
    card_.reset();
    session_.choose(index);
    absorbEvents();
}

bool DialogueScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    if (input.pressed(Action::Menu) || input.pressed(Action::Back)) {
        // Leaving from here closes this dialogue and the scenario under it.
        stack.push(std::make_unique<PauseScene>(context_, 2));
        return true;
    }
    switch (mode_) {
    case Mode::Line:
        if (!confirmed(input)) {
            return false;
        }
        session_.advance();
        absorbEvents();
        return true;
    case Mode::Choices: {
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
            return true;
        }
        return false;
    }
    case Mode::Feedback:
        if (!confirmed(input)) {
            return false;
        }
        card_.reset();
        absorbEvents(); // moves on to the line, choices or end that follow
        return true;
    case Mode::Ended:
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
    const float height = size.y * 0.55f;
    return {kMargin, size.y - height - kMargin, size.x - 2 * kMargin, height};
}

void DialogueScene::draw(engine::Canvas& canvas) {
    const engine::Rect box = panel(canvas);
    canvas.fillRect(box, theme::kPanel);
    canvas.strokeRect(box, theme::kFocusFrame, 2.0f);
    float x = box.x + kPadding;
    float width = box.width - 2 * kPadding;
    float y = box.y + kPadding;
    const auto hint = style(theme::kHintSize, theme::kMutedText);
    const auto body = style(theme::kBodySize, theme::kText);
    optionRects_.clear();

    switch (mode_) {
    case Mode::Line:
        if (!portrait_.empty()) {
            constexpr float kPortrait = 160.0f;
            const engine::Rect frame{x, y, kPortrait, kPortrait};
            canvas.drawImage(portrait_, {0, 0, 128, 128}, frame);
            canvas.strokeRect(frame, theme::kFocusFrame, 2.0f);
            x += kPortrait + kPadding;
            width -= kPortrait + kPadding;
        }
        if (!speaker_.empty()) {
            canvas.drawText(speaker_, {x, y}, style(theme::kBodySize, theme::kTitle, "bold"));
            y += canvas.measureText(speaker_, body).y + 8.0f;
        }
        drawWrapped(canvas, text_, x, y, width, body);
        canvas.drawText(context_.text.get("dialogue.continue"),
                        {box.x + kPadding, box.y + box.height - kPadding - 24.0f}, hint);
        break;
    case Mode::Choices:
        for (std::size_t i = 0; i < options_.size(); ++i) {
            const bool focus = i == focused_;
            const std::string label = std::to_string(i + 1) + ". " + options_[i];
            const auto lines = engine::wrapText(canvas, label, body, width - 2 * 12.0f);
            const float lineHeight = canvas.measureText("Ag", body).y;
            const engine::Rect row{x, y, width, lineHeight * static_cast<float>(lines.size()) + 12};
            optionRects_.push_back(row);
            if (focus) {
                canvas.fillRect(row, theme::kFocus);
                canvas.strokeRect(row, theme::kFocusFrame, 2.0f);
            }
            float lineY = row.y + 6.0f;
            for (const auto& line : lines) {
                canvas.drawText(line, {x + 12.0f, lineY}, body);
                lineY += lineHeight;
            }
            y += row.height + 8.0f;
        }
        for (const auto& [option, reason] : unavailable_) {
            // Greyed and marked in words, so the state never depends on colour alone.
            const std::string label = "– " + option + " (" +
                                      context_.text.get("dialogue.unavailable") +
                                      (reason.empty() ? "" : ": " + reason) + ")";
            const auto muted = style(theme::kBodySize, theme::kMutedText);
            const float lineHeight = canvas.measureText("Ag", muted).y;
            for (const auto& line : engine::wrapText(canvas, label, muted, width - 24.0f)) {
                canvas.drawText(line, {x + 12.0f, y + 6.0f}, muted);
                y += lineHeight;
            }
            y += 20.0f;
        }
        canvas.drawText(context_.text.get("dialogue.choose"),
                        {x, box.y + box.height - kPadding - 24.0f}, hint);
        break;
    case Mode::Feedback:
        canvas.drawText(context_.text.get("dialogue.feedback") + ": " + card_->ruleTitle, {x, y},
                        style(theme::kBodySize, theme::kTitle, "bold"));
        y += 48.0f;
        y = drawWrapped(canvas, card_->text, x, y, width, body) + 12.0f;
        for (const auto& score : card_->scores) {
            canvas.drawText(score, {x, y}, style(theme::kHintSize + 2, theme::kMutedText));
            y += 30.0f;
        }
        canvas.drawText(context_.text.get("dialogue.continue"),
                        {x, box.y + box.height - kPadding - 24.0f}, hint);
        break;
    case Mode::Ended:
        canvas.drawText(context_.text.get("dialogue.ended"), {x, y},
                        style(theme::kBodySize, theme::kTitle, "bold"));
        canvas.drawText(context_.text.get("outcome." + outcome_), {x, y + 48.0f}, body);
        canvas.drawText(context_.text.get("dialogue.continue"),
                        {x, box.y + box.height - kPadding - 24.0f}, hint);
        break;
    }
}

} // namespace respect::game
