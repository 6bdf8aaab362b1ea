#include <engine/core/Error.hpp>
#include <engine/input/Bindings.hpp>

#include <algorithm>
#include <array>
#include <sstream>

namespace respect::engine::input {
namespace {

// Key names shared with the window backend, which translates its key codes into them.
constexpr std::array<std::string_view, 49> kSpecialKeys = {
    "Up",      "Down",      "Left",     "Right",    "Enter",   "Space",   "Escape",
    "Tab",     "Backspace", "PageUp",   "PageDown", "Home",    "End",     "Insert",
    "Delete",  "F1",        "F2",       "F3",       "F4",      "F5",      "F6",
    "F7",      "F8",        "F9",       "F10",      "F11",     "F12",     "LShift",
    "RShift",  "LControl",  "RControl", "LAlt",     "RAlt",    "Comma",   "Period",
    "Slash",   "Semicolon", "Hyphen",   "Equal",    "Numpad0", "Numpad1", "Numpad2",
    "Numpad3", "Numpad4",   "Numpad5",  "Numpad6",  "Numpad7", "Numpad8", "Numpad9",
};
constexpr std::array<std::string_view, 16> kPadNames = {
    "A",  "B",    "X",    "Y",     "LB",      "RB",        "Back",      "Start",
    "Up", "Down", "Left", "Right", "StickUp", "StickDown", "StickLeft", "StickRight",
};
constexpr std::array<std::string_view, 3> kMouseNames = {"Left", "Right", "Middle"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isKnownKey(std::string_view name) {
    if (name.size() == 1 && ((name[0] >= 'A' && name[0] <= 'Z'))) {
        return true;
    }
    if (name.size() == 4 && name.substr(0, 3) == "Num" && name[3] >= '0' && name[3] <= '9') {
        return true;
    }
    return contains(kSpecialKeys, name);
}

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r");
    return std::string(text.substr(first, last - first + 1));
}

} // namespace

bool Bindings::isKnownInput(std::string_view input) {
    const auto colon = input.find(':');
    if (colon == std::string_view::npos) {
        return false;
    }
    const auto device = input.substr(0, colon);
    const auto name = input.substr(colon + 1);
    if (device == "Key") {
        return isKnownKey(name);
    }
    if (device == "Pad") {
        return contains(kPadNames, name);
    }
    if (device == "Mouse") {
        return contains(kMouseNames, name);
    }
    return false;
}

Bindings Bindings::defaults() {
    Bindings b;
    const auto bindAll = [&b](Action action, std::initializer_list<const char*> inputs) {
        for (const char* input : inputs) {
            b.bind(action, input);
        }
    };
    bindAll(Action::MoveUp, {"Key:Up", "Key:W", "Pad:Up", "Pad:StickUp"});
    bindAll(Action::MoveDown, {"Key:Down", "Key:S", "Pad:Down", "Pad:StickDown"});
    bindAll(Action::MoveLeft, {"Key:Left", "Key:A", "Pad:Left", "Pad:StickLeft"});
    bindAll(Action::MoveRight, {"Key:Right", "Key:D", "Pad:Right", "Pad:StickRight"});
    bindAll(Action::Interact, {"Key:E", "Key:Enter", "Key:Space", "Pad:A"});
    bindAll(Action::Confirm, {"Key:Enter", "Key:Space", "Pad:A"});
    bindAll(Action::Back, {"Key:Escape", "Key:Backspace", "Pad:B", "Mouse:Right"});
    bindAll(Action::Menu, {"Key:Escape", "Pad:Start"});
    for (int n = 1; n <= 9; ++n) {
        const std::string digit = std::to_string(n);
        b.bind(chooseAction(n), "Key:Num" + digit);
        b.bind(chooseAction(n), "Key:Numpad" + digit);
    }
    // Presenter clickers send Page Up / Page Down.
    bindAll(Action::PageUp, {"Key:PageUp", "Pad:LB"});
    bindAll(Action::PageDown, {"Key:PageDown", "Pad:RB"});
    bindAll(Action::History, {"Key:H", "Pad:Y"});
    // Presenter clickers' "black screen" button sends B or a full stop.
    bindAll(Action::Blank, {"Key:B", "Key:Period"});
    return b;
}

Bindings Bindings::parse(std::string_view text, const std::string& fileName) {
    Bindings result = defaults();
    std::istringstream lines{std::string(text)};
    std::string raw;
    int lineNumber = 0;
    std::vector<bool> seen(kActionCount, false);
    while (std::getline(lines, raw)) {
        ++lineNumber;
        const auto hash = raw.find('#');
        const std::string line = trim(std::string_view(raw).substr(0, hash));
        if (line.empty()) {
            continue;
        }
        const auto equals = line.find('=');
        if (equals == std::string::npos) {
            throw Error(fileName, lineNumber, "expected 'action = inputs', got '" + line + "'");
        }
        const std::string name = trim(std::string_view(line).substr(0, equals));
        const auto action = actionFromName(name);
        if (!action) {
            throw Error(fileName, lineNumber,
                        "unknown action '" + name + "'; expected one of: " + allActionNames());
        }
        const auto index = static_cast<std::size_t>(*action);
        if (seen[index]) {
            throw Error(fileName, lineNumber, "action '" + name + "' is bound twice");
        }
        seen[index] = true;
        result.clear(*action);
        std::istringstream inputs(line.substr(equals + 1));
        std::string input;
        while (inputs >> input) {
            if (!isKnownInput(input)) {
                throw Error(fileName, lineNumber,
                            "unknown input '" + input +
                                "'; use Key:<name>, Pad:<name> or Mouse:<name>");
            }
            result.bind(*action, input);
        }
    }
    return result;
}

std::string Bindings::serialize() const {
    std::string out;
    for (std::size_t i = 0; i < kActionCount; ++i) {
        out += actionName(static_cast<Action>(i));
        out += " =";
        for (const auto& input : inputsByAction_[i]) {
            out += ' ';
            out += input;
        }
        out += '\n';
    }
    return out;
}

void Bindings::bind(Action action, const std::string& input) {
    auto& inputs = inputsByAction_[static_cast<std::size_t>(action)];
    if (std::find(inputs.begin(), inputs.end(), input) != inputs.end()) {
        return;
    }
    inputs.push_back(input);
    actionsByInput_[input].push_back(action);
}

void Bindings::clear(Action action) {
    auto& inputs = inputsByAction_[static_cast<std::size_t>(action)];
    for (const auto& input : inputs) {
        auto& actions = actionsByInput_[input];
        actions.erase(std::remove(actions.begin(), actions.end(), action), actions.end());
    }
    inputs.clear();
}

const std::vector<Action>& Bindings::actionsFor(std::string_view input) const {
    static const std::vector<Action> none;
    const auto found = actionsByInput_.find(input);
    return found == actionsByInput_.end() ? none : found->second;
}

std::vector<std::string> Bindings::inputsFor(Action action) const {
    return inputsByAction_[static_cast<std::size_t>(action)];
}

} // namespace respect::engine::input
