#include <engine/input/InputFrame.hpp>

namespace respect::engine::input {

int InputFrame::choicePressed() const {
    for (int number = 1; number <= 9; ++number) {
        if (pressed(chooseAction(number))) {
            return number;
        }
    }
    return 0;
}

} // namespace respect::engine::input
