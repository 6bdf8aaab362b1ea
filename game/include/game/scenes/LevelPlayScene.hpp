#pragma once
// Plays a scenario without a map: its encounters in document order, each in a
// DialogueScene, then the debrief. (With a map, OfficeScene orders them by the map's
// triggers instead; the dialogue and debrief stay the same.)

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/facilitation/ForumTheatre.hpp>
#include <game/play/Scenario.hpp>

#include <memory>
#include <string>

namespace respect::game {

class LevelPlayScene final : public engine::Scene {
public:
    /// `notice` (may be empty) is shown first: what changed since the save it resumes.
    LevelPlayScene(GameContext& context, std::unique_ptr<Scenario> scenario,
                   std::string notice = {});
    ~LevelPlayScene() override;

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    const LevelSession& session() const { return scenario_->session(); }

private:
    GameContext& context_;
    std::unique_ptr<Scenario> scenario_;
    /// Facilitator mode: the group's votes and replays (shared through the context).
    std::unique_ptr<ForumTheatre> forum_;
    std::string notice_;
    std::size_t next_ = 0; ///< the next encounter to consider, in document order
    bool advance_ = true;  ///< look for the next encounter on the next update
    bool started_ = false;
};

} // namespace respect::game
