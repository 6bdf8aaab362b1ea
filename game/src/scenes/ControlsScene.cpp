#include <engine/core/Error.hpp>
#include <engine/scene/SceneStack.hpp>
#include <game/scenes/ControlsScene.hpp>
#include <game/scenes/NoticeScene.hpp>
#include <game/ui/Drawing.hpp>

#include <algorithm>

namespace respect::game {

namespace {

using engine::input::Action;
using engine::input::Bindings;

bool mayShare(Action a, Action b) {
    const auto pair = [](Action x) { return x == Action::Interact || x == Action::Confirm; };
    return a == b || (pair(a) && pair(b));
}

std::string shortName(const std::string& input) {
    // "Key:Up" → "Up", "Pad:A" → "Pad A": what players call them.
    if (input.rfind("Key:", 0) == 0) {
        return input.substr(4);
    }
    if (input.rfind("Pad:", 0) == 0) {
        return "Pad " + input.substr(4);
    }
    if (input.rfind("Mouse:", 0) == 0) {
        return "Mouse " + input.substr(6);
    }
    return input;
}

} // namespace

const std::vector<Action>& ControlsScene::actions() {
    static const std::vector<Action> list = {Action::MoveUp,    Action::MoveDown, Action::MoveLeft,
                                             Action::MoveRight, Action::Interact, Action::Confirm,
                                             Action::Back,      Action::Menu,     Action::History,
                                             Action::PageUp,    Action::PageDown, Action::Blank};
    return list;
}

Bindings ControlsScene::rebind(const Bindings& bindings, Action action, const std::string& input) {
    Bindings result = bindings;
    for (const Action other : bindings.actionsFor(input)) {
        if (!mayShare(other, action)) {
            auto inputs = result.inputsFor(other);
            inputs.erase(std::remove(inputs.begin(), inputs.end(), input), inputs.end());
            result.clear(other);
            for (const auto& kept : inputs) {
                result.bind(other, kept);
            }
        }
    }
    const auto existing = result.inputsFor(action);
    if (std::find(existing.begin(), existing.end(), input) == existing.end()) {
        result.bind(action, input);
    }
    return result;
}

ControlsScene::ControlsScene(GameContext& context) : context_(context), menu_(labels()) {}

void ControlsScene::onEnter() {
    context_.narrator.say(context_.text.get("controls.title") + ". " + menu_.focusedLabel());
}

Bindings ControlsScene::current() const {
    const std::string& text = context_.preferences.settings().keyBindings;
    if (!text.empty()) {
        try {
            return Bindings::parse(text, "settings.json");
        } catch (const engine::Error&) {
            // Settings::fromJson refuses bindings that do not parse; defaults are safe.
        }
    }
    return Bindings::defaults();
}

std::vector<std::string> ControlsScene::labels() const {
    const Bindings bindings = current();
    std::vector<std::string> result;
    for (const Action action : actions()) {
        std::string inputs;
        for (const auto& input : bindings.inputsFor(action)) {
            if (input.rfind("Mouse:", 0) == 0) {
                continue; // the mouse is not rebound here
            }
            inputs += (inputs.empty() ? "" : ", ") + shortName(input);
        }
        const std::string name =
            context_.text.get("action." + std::string(engine::input::actionName(action)));
        result.push_back(capturing_ == action ? name + ": " + context_.text.get("controls.press")
                                              : name + ": " + inputs);
    }
    result.push_back(context_.text.get("controls.reset"));
    result.push_back(context_.text.get("menu.back"));
    return result;
}

void ControlsScene::store(const Bindings& bindings, engine::SceneStack& stack) {
    Settings next = context_.preferences.settings();
    next.keyBindings = bindings.serialize();
    if (std::string problem = context_.preferences.change(next); !problem.empty()) {
        stack.push(std::make_unique<NoticeScene>(context_, std::move(problem)));
    }
}

bool ControlsScene::update(const engine::input::InputFrame& input, engine::SceneStack& stack) {
    if (capturing_) {
        if (input.devicePresses.empty()) {
            return false;
        }
        const std::string pressed = input.devicePresses.front();
        const Action action = *capturing_;
        capturing_.reset();
        if (pressed != "Key:Escape" && Bindings::isKnownInput(pressed)) {
            store(rebind(current(), action, pressed), stack);
        }
        menu_.setLabels(labels());
        context_.narrator.say(menu_.focusedLabel());
        return true;
    }
    bool changed = false;
    const auto activated = menu_.update(input, context_.audio, changed);
    const std::size_t count = actions().size();
    if (input.pressed(Action::Back) || activated == count + 1) {
        stack.pop();
        return true;
    }
    if (activated == count) {
        store(Bindings::defaults(), stack);
        menu_.setLabels(labels());
        return true;
    }
    if (activated) {
        capturing_ = actions()[*activated];
        menu_.setLabels(labels());
        context_.narrator.say(menu_.focusedLabel());
        return true;
    }
    if (changed) {
        context_.narrator.say(menu_.focusedLabel());
    }
    return changed;
}

void ControlsScene::draw(engine::Canvas& canvas) {
    const Theme& theme = context_.theme;
    drawBackground(canvas, theme);
    const auto heading = theme.bold(TextRole::Heading);
    drawCentred(canvas, context_.text.get("controls.title"), theme.scaled(20.0f), heading);
    menu_.draw(canvas, theme.scaled(20.0f) + canvas.measureText("Ag", heading).y + 16.0f, theme);
    drawHint(canvas, context_.text.get(capturing_ ? "hint.capture" : "hint.menu"), theme);
}

} // namespace respect::game
