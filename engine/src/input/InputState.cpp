#include <engine/input/InputState.hpp>

namespace respect::engine::input {

InputState::InputState(Bindings bindings) : bindings_(std::move(bindings)) {}

void InputState::setBindings(Bindings bindings) {
    releaseAll();
    bindings_ = std::move(bindings);
}

void InputState::inputDown(const std::string& input) {
    if (!heldInputs_.insert(input).second) {
        return;
    }
    pending_.devicePresses.push_back(input);
    for (const Action action : bindings_.actionsFor(input)) {
        actionDown(action);
    }
}

void InputState::inputUp(const std::string& input) {
    if (heldInputs_.erase(input) == 0) {
        return;
    }
    for (const Action action : bindings_.actionsFor(input)) {
        actionUp(action);
    }
}

void InputState::actionDown(Action action) {
    const auto index = static_cast<std::size_t>(action);
    if (holdCount_[index]++ == 0) {
        pressedSinceFrame_[index] = true;
    }
}

void InputState::actionUp(Action action) {
    auto& count = holdCount_[static_cast<std::size_t>(action)];
    if (count > 0) {
        --count;
    }
}

void InputState::pointerMovedTo(Vec2 position) {
    pending_.pointer = position;
    pending_.pointerMoved = true;
}

void InputState::pointerClickedAt(Vec2 position) {
    pending_.pointer = position;
    pending_.pointerClicked = true;
}

void InputState::textTyped(std::string_view utf8) {
    pending_.typedText += utf8;
}

void InputState::requestQuit() {
    pending_.quitRequested = true;
}

void InputState::releaseAll() {
    // Only device inputs: actions held directly (an input script, an on-screen button) do
    // not depend on which window has the focus.
    const std::set<std::string> held = heldInputs_;
    for (const auto& input : held) {
        inputUp(input);
    }
}

InputFrame InputState::takeFrame() {
    InputFrame frame = pending_;
    for (std::size_t i = 0; i < kActionCount; ++i) {
        const auto action = static_cast<Action>(i);
        frame.setHeld(action, holdCount_[i] > 0);
        if (pressedSinceFrame_[i]) {
            frame.setPressed(action);
        }
    }
    pressedSinceFrame_.fill(false);
    pending_ = InputFrame{};
    pending_.pointer = frame.pointer;
    return frame;
}

} // namespace respect::engine::input
