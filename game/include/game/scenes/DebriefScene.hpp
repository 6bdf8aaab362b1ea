#pragma once
// The end of a scenario: how each encounter ended, the score per Diversity Code
// dimension as bars (with the number, so nothing relies on colour or length alone),
// and the level's questions for reflection.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/LevelSession.hpp>
#include <game/ui/Menu.hpp>

namespace respect::game {

class DebriefScene final : public engine::Scene {
public:
    struct Summary {
        std::string levelTitle;
        std::vector<std::pair<std::string, std::string>> encounters; ///< title, outcome
        std::vector<std::pair<std::string, int>> scores;             ///< dimension name, total
        std::vector<std::string> questions;
    };
    static Summary summarize(const LevelSession& session, const DiversityCode& code);

    DebriefScene(GameContext& context, Summary summary);

    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

private:
    GameContext& context_;
    Summary summary_;
    Menu menu_;
};

} // namespace respect::game
