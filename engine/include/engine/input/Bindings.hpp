#pragma once
// Which device inputs trigger which actions, as data. Inputs are named
// backend-neutrally: "Key:Up", "Key:W", "Pad:A", "Pad:StickUp", "Mouse:Right".
// Text form, one action per line:   up = Key:Up Key:W Pad:Up Pad:StickUp

#include <engine/input/Action.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::input {

class Bindings {
public:
    /// Keyboard, gamepad and mouse bindings that work out of the box.
    static Bindings defaults();

    /// Parses the text form; throws engine::Error naming `fileName` and the line for an
    /// unknown action, an unknown input name or a line without '='. Actions the text does
    /// not mention keep their default bindings.
    static Bindings parse(std::string_view text, const std::string& fileName);

    /// The text form, stable order (actions in enum order, inputs as bound).
    std::string serialize() const;

    void bind(Action action, const std::string& input);
    void clear(Action action);

    /// Every action the input triggers (one input may serve several actions).
    const std::vector<Action>& actionsFor(std::string_view input) const;
    std::vector<std::string> inputsFor(Action action) const;

    /// True for names this engine knows: "Key:<name>", "Pad:<name>", "Mouse:<name>".
    static bool isKnownInput(std::string_view input);

private:
    std::vector<std::vector<std::string>> inputsByAction_ =
        std::vector<std::vector<std::string>>(kActionCount);
    std::map<std::string, std::vector<Action>, std::less<>> actionsByInput_;
};

} // namespace respect::engine::input
