#pragma once
// Facilitator mode: the presenter's "black screen" key. The projection goes dark so the
// room looks at each other while it discusses; any key brings the screen back as it was.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>

#include <memory>

namespace respect::game {

class BlankScene final : public engine::Scene {
public:
    explicit BlankScene(GameContext& context) : context_(context) {}

    /// In facilitator mode, the Blank action opens this over `stack`; true when it did.
    static bool openOnBlank(GameContext& context, const engine::input::InputFrame& input,
                            engine::SceneStack& stack);

    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

private:
    GameContext& context_;
};

} // namespace respect::game
