#pragma once
// Plays a scenario's encounters in order, each in a DialogueScene, then shows the
// debrief. (The office you walk around in replaces this ordering with the map's
// triggers; the dialogue and debrief stay the same.)

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>
#include <game/level/LevelSession.hpp>

#include <memory>

namespace respect::game {

class LevelPlayScene final : public engine::Scene {
public:
    LevelPlayScene(GameContext& context, DiversityCode code, Level level);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    const LevelSession& session() const { return *session_; }

private:
    GameContext& context_;
    std::unique_ptr<DiversityCode> code_; ///< heap: the session keeps references
    std::unique_ptr<Level> level_;
    std::unique_ptr<LevelSession> session_;
    std::size_t next_ = 0; ///< the next encounter to consider, in document order
    bool advance_ = true;  ///< look for the next encounter on the next update
};

} // namespace respect::game
