#include <engine/render/TextLayout.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/records/Uuid.hpp>
#include <game/scenes/IdentityScene.hpp>
#include <game/ui/Drawing.hpp>

#include <algorithm>

namespace respect::game {

namespace {

using engine::input::Action;

constexpr std::size_t kMaxFieldBytes = 120;

bool erased(const engine::input::InputFrame& input) {
    return std::find(input.devicePresses.begin(), input.devicePresses.end(), "Key:Backspace") !=
           input.devicePresses.end();
}

/// Removes the last whole UTF-8 character.
void popCharacter(std::string& text) {
    while (!text.empty()) {
        const auto byte = static_cast<unsigned char>(text.back());
        text.pop_back();
        if ((byte & 0xC0) != 0x80) {
            break; // the first byte of the character
        }
    }
}

} // namespace

IdentityScene::IdentityScene(GameContext& context)
    : context_(context), name_(context.preferences.settings().playerName),
      email_(context.preferences.settings().playerEmail) {}

void IdentityScene::onEnter() {
    context_.narrator.say(context_.text.get("identity.title") + ". " +
                          context_.text.get("identity.explain") + " " + label(focused_));
}

std::string IdentityScene::label(std::size_t item) const {
    switch (item) {
    case Name:
        return context_.text.get("identity.name") + ": " + name_;
    case Email:
        return context_.text.get("identity.email") + ": " + email_;
    case Save:
        return context_.text.get("identity.save");
    default:
        return context_.text.get("identity.anonymous");
    }
}

bool IdentityScene::save(bool anonymous) {
    Settings settings = context_.preferences.settings();
    if (!anonymous && !email_.empty() && !isEmailAddress(email_)) {
        problem_ = context_.text.get("identity.bad-email");
        context_.narrator.say(problem_);
        return false;
    }
    settings.playerName = anonymous ? std::string() : name_;
    settings.playerEmail = anonymous ? std::string() : email_;
    if (settings.playerId.empty()) {
        settings.playerId = randomUuid();
    }
    settings.identityChosen = true;
    problem_ = context_.preferences.change(settings); // "" or why it could not be saved
    return true;
}

bool IdentityScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    std::string* field = focused_ == Name ? &name_ : focused_ == Email ? &email_ : nullptr;
    if (field != nullptr && erased(input)) {
        popCharacter(*field);
        return true; // Backspace is also bound to Back: in a field it only deletes
    }
    if (field != nullptr && !input.typedText.empty()) {
        *field += input.typedText;
        if (field->size() > kMaxFieldBytes) {
            field->resize(kMaxFieldBytes);
            while (!field->empty() && (static_cast<unsigned char>(field->back()) & 0xC0) == 0x80) {
                popCharacter(*field); // never leave half a character
            }
        }
        problem_.clear();
        return true;
    }
    if (input.pressed(Action::Back)) {
        stack.pop(); // decide later: asked again before the next scenario list
        return true;
    }
    if (input.pressed(Action::MoveDown) || input.pressed(Action::MoveUp)) {
        focused_ = input.pressed(Action::MoveDown) ? (focused_ + 1) % ItemCount
                                                   : (focused_ + ItemCount - 1) % ItemCount;
        context_.audio.playSound("assets/sounds/ui-move.wav");
        context_.narrator.say(label(focused_));
        return true;
    }
    if (input.pressed(Action::Confirm)) {
        if (focused_ == Save || focused_ == Anonymous) {
            if (save(focused_ == Anonymous)) {
                context_.audio.playSound("assets/sounds/ui-confirm.wav");
                stack.pop();
            }
            return true;
        }
        focused_ = focused_ + 1; // Enter in a field moves on
        context_.narrator.say(label(focused_));
        return true;
    }
    return false;
}

void IdentityScene::draw(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    const auto& colours = theme.colours();
    drawBackground(canvas, theme);
    const engine::Vec2 size = canvas.size();
    const float margin = theme.scaled(40.0f);
    const float width = std::min(size.x - 2 * margin, theme.scaled(900.0f));
    const float left = (size.x - width) / 2.0f;
    float y = margin;
    y = drawWrapped(canvas, context_.text.get("identity.title"), {left, y}, width,
                    theme.bold(TextRole::Heading)) +
        theme.scaled(10.0f);
    y = drawWrapped(canvas, context_.text.get("identity.explain"), {left, y}, width,
                    theme.text(TextRole::Hint)) +
        theme.scaled(16.0f);
    const auto body = theme.text(TextRole::Body);
    const float line = canvas.measureText("Ag", body).y;
    const float padding = theme.scaled(10.0f);
    for (std::size_t item = 0; item < ItemCount; ++item) {
        const bool focus = item == focused_;
        const engine::Rect box{left, y, width, line + 2 * padding};
        canvas.fillRect(box, focus ? colours.focus : colours.panel);
        canvas.strokeRect(box, focus ? colours.focusFrame : colours.mutedText, focus ? 3.0f : 1.0f);
        std::string text = (focus ? "▶ " : "") + label(item);
        if (focus && item <= Email) {
            text += "|"; // where typing goes (a plain bar: every bundled font has it)
        }
        canvas.drawText(text, {left + padding, y + padding},
                        focus ? theme.bold(TextRole::Body) : body);
        y += box.height + theme.scaled(10.0f);
    }
    if (!problem_.empty()) {
        drawWrapped(canvas, problem_, {left, y}, width, theme.bold(TextRole::Body));
    }
    drawHint(canvas, context_.text.get("identity.hint"), theme);
}

} // namespace respect::game
