#pragma once
// Key and gamepad rebinding: each action with the keys and buttons that trigger it. Choose
// an action, then press the key or button to add to it (Esc cancels); an input taken from
// another action is moved, so one key never does two unrelated things. "Reset" restores
// the defaults. Saved with the settings at once.

#include <engine/input/Action.hpp>
#include <engine/input/Bindings.hpp>
#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/ui/Menu.hpp>

#include <optional>
#include <string>
#include <vector>

namespace respect::game {

class ControlsScene final : public engine::Scene {
public:
    explicit ControlsScene(GameContext& context);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    /// The actions listed, in order; after them come "Reset" and "Back".
    static const std::vector<engine::input::Action>& actions();
    /// The action waiting for a key, if any.
    std::optional<engine::input::Action> capturing() const { return capturing_; }

    /// `bindings` with `input` added to `action` and taken from the actions it would
    /// conflict with (Interact and Confirm may share, as they do by default).
    static engine::input::Bindings rebind(const engine::input::Bindings& bindings,
                                          engine::input::Action action, const std::string& input);

private:
    engine::input::Bindings current() const;
    std::vector<std::string> labels() const;
    void store(const engine::input::Bindings& bindings, engine::SceneStack& stack);

    GameContext& context_;
    std::optional<engine::input::Action> capturing_; ///< before menu_: labels() reads it
    Menu menu_;
};

} // namespace respect::game
