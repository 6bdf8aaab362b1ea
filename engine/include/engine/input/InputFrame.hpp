#pragma once
// What the player did during one simulation step: actions held and newly pressed,
// the pointer, and whether the platform asked to quit.

#include <engine/core/Vec2.hpp>
#include <engine/input/Action.hpp>

#include <bitset>
#include <optional>
#include <string>
#include <vector>

namespace respect::engine::input {

class InputFrame {
public:
    bool pressed(Action action) const { return pressed_[index(action)]; }
    bool held(Action action) const { return held_[index(action)]; }
    bool anyPressed() const { return pressed_.any(); }

    /// 1..9 when a ChooseN action was pressed this step, else 0.
    int choicePressed() const;

    std::optional<Vec2> pointer; ///< last known pointer position, if any
    bool pointerMoved = false;   ///< the pointer moved during this step
    bool pointerClicked = false; ///< primary button released over `pointer` this step
    bool quitRequested = false;  ///< window closed, or the script said quit
    /// Device inputs ("Key:F", "Pad:X") that went down this step, bound or not: what a
    /// key-rebinding screen listens to.
    std::vector<std::string> devicePresses;
    /// Text typed this step (UTF-8, printable characters only): what a text field takes.
    std::string typedText;

    void setHeld(Action action, bool value) { held_[index(action)] = value; }
    void setPressed(Action action) { pressed_[index(action)] = true; }

private:
    static std::size_t index(Action action) { return static_cast<std::size_t>(action); }
    std::bitset<kActionCount> held_;
    std::bitset<kActionCount> pressed_;
};

} // namespace respect::engine::input
