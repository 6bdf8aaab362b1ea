#pragma once
// The abstract actions a player performs; devices are bound to them as data.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::input {

enum class Action : unsigned char {
    MoveUp,
    MoveDown,
    MoveLeft,
    MoveRight,
    Interact,
    Confirm,
    Back,
    Menu,
    Choose1,
    Choose2,
    Choose3,
    Choose4,
    Choose5,
    Choose6,
    Choose7,
    Choose8,
    Choose9,
    PageUp,
    PageDown,
    History, ///< the backlog of what was said
    Blank,   ///< a presenter's "black screen" key: hide the projection during a discussion
};

constexpr std::size_t kActionCount = static_cast<std::size_t>(Action::Blank) + 1;

/// Stable lowercase names used in binding files and input scripts ("up", "choose3").
std::string_view actionName(Action action);
std::optional<Action> actionFromName(std::string_view name);
/// "up, down, left, ..." for error messages.
std::string allActionNames();

/// Choose1..Choose9 as 1..9; 0 for any other action.
int choiceNumber(Action action);
Action chooseAction(int number); ///< 1..9

} // namespace respect::engine::input
