#pragma once
// The campaign: every scenario of levels/campaign.xml in order, each marked completed or
// locked in words (never by colour alone), and beside the list the focused scenario's
// summary, duration, the Diversity Code dimensions it covers, the player's best result,
// and what unlocks it. Confirm plays it; a level that cannot be loaded says why.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/campaign/ScenarioCard.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/ui/Menu.hpp>

#include <optional>
#include <string>
#include <vector>

namespace respect::game {

class ScenarioSelectScene final : public engine::Scene {
public:
    explicit ScenarioSelectScene(GameContext& context);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    const std::vector<ScenarioCard>& cards() const { return cards_; }
    const Menu& menu() const { return menu_; }
    /// Why there is nothing to show (no campaign, a broken one), or "".
    const std::string& problem() const { return problem_; }

private:
    void load();
    void relabel();
    /// Titles, summaries and dimension names in the player's language.
    void translate();
    std::string detailsOf(const ScenarioCard& card) const;

    GameContext& context_;
    std::optional<DiversityCode> code_;
    std::vector<std::string> files_; ///< content paths, by card
    std::vector<ScenarioCard> cards_;
    std::string problem_;
    Menu menu_;
};

} // namespace respect::game
