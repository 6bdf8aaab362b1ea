#include <engine/input/Action.hpp>

#include <array>

namespace respect::engine::input {
namespace {

constexpr std::array<std::string_view, kActionCount> kNames = {
    "up",      "down",    "left",    "right",   "interact", "confirm", "back",
    "menu",    "choose1", "choose2", "choose3", "choose4",  "choose5", "choose6",
    "choose7", "choose8", "choose9", "pageup",  "pagedown", "history", "blank",
};

} // namespace

std::string_view actionName(Action action) {
    return kNames[static_cast<std::size_t>(action)];
}

std::optional<Action> actionFromName(std::string_view name) {
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name) {
            return static_cast<Action>(i);
        }
    }
    return std::nullopt;
}

std::string allActionNames() {
    std::string out;
    for (const auto name : kNames) {
        if (!out.empty()) {
            out += ", ";
        }
        out += name;
    }
    return out;
}

int choiceNumber(Action action) {
    const int value = static_cast<int>(action) - static_cast<int>(Action::Choose1) + 1;
    return value >= 1 && value <= 9 ? value : 0;
}

Action chooseAction(int number) {
    return static_cast<Action>(static_cast<int>(Action::Choose1) + number - 1);
}

} // namespace respect::engine::input
