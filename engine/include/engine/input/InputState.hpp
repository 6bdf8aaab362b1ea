#pragma once
// Turns device events (by input name) and direct actions into one InputFrame per
// simulation step. A press that starts and ends between two steps still counts.

#include <engine/input/Bindings.hpp>
#include <engine/input/InputFrame.hpp>

#include <array>
#include <set>
#include <string>

namespace respect::engine::input {

class InputState {
public:
    explicit InputState(Bindings bindings = Bindings::defaults());

    void setBindings(Bindings bindings);
    const Bindings& bindings() const { return bindings_; }

    /// A device input went down / up ("Key:Up"); repeated downs are ignored.
    void inputDown(const std::string& input);
    void inputUp(const std::string& input);
    /// An action pressed or released directly (input scripts, on-screen buttons).
    void actionDown(Action action);
    void actionUp(Action action);
    void pointerMovedTo(Vec2 position);
    void pointerClickedAt(Vec2 position);
    void requestQuit();
    /// Printable text typed (UTF-8), for the next frame's typedText.
    void textTyped(std::string_view utf8);
    /// Releases every device input held (the window lost focus); actions held directly
    /// by a script stay held.
    void releaseAll();

    /// The frame for the step that is about to run; clears this step's edges.
    InputFrame takeFrame();

private:
    Bindings bindings_;
    std::set<std::string> heldInputs_;
    std::array<int, kActionCount> holdCount_{};
    std::array<bool, kActionCount> pressedSinceFrame_{};
    InputFrame pending_;
};

} // namespace respect::engine::input
