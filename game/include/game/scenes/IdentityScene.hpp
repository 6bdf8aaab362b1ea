#pragma once
// "Your training record": where players say whom their completion records name. Offered
// once before the first scenario list, and from the settings at any time. A name and a
// work e-mail address let HR see the training was completed; "Stay anonymous" records
// under a random player id. Esc decides later. Keyboard only, nothing timed.
//
// Up/Down move between the name, the e-mail address and the two buttons; typing fills
// the field in focus, Backspace deletes; Enter moves on, or presses the button.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>

#include <string>

namespace respect::game {

class IdentityScene final : public engine::Scene {
public:
    explicit IdentityScene(GameContext& context);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    enum Item : std::size_t { Name, Email, Save, Anonymous, ItemCount };
    std::size_t focused() const { return focused_; }
    const std::string& name() const { return name_; }
    const std::string& email() const { return email_; }
    const std::string& problem() const { return problem_; }

private:
    /// Saves the choice; false (with problem_ set) when the address is not one.
    bool save(bool anonymous);
    std::string label(std::size_t item) const;

    GameContext& context_;
    std::string name_;
    std::string email_;
    std::size_t focused_ = Name;
    std::string problem_;
};

} // namespace respect::game
