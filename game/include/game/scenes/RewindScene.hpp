#pragma once
// Facilitator mode, forum theatre: after an encounter ends, go back to one of its choice
// points to play another option, so the room can compare outcomes. Each point is listed
// with the option the group played there. Back (Esc) keeps the ending as it is.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/facilitation/ForumTheatre.hpp>
#include <game/ui/Menu.hpp>

#include <functional>

namespace respect::game {

class RewindScene final : public engine::Scene {
public:
    /// Called with the choice point picked (0-based); the scene has closed itself by then.
    using Picked = std::function<void(std::size_t)>;

    RewindScene(GameContext& context, const ForumTheatre& forum, Picked picked);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;
    bool isOverlay() const override { return true; }

private:
    GameContext& context_;
    Menu menu_;
    Picked picked_;
};

} // namespace respect::game
