#pragma once
// One encounter on screen: the speaker and the line, the numbered choices, and after a
// choice the card that names the Diversity Code rule and explains it. Nothing is timed:
// the player moves on with confirm, a number key, or a click.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/level/LevelSession.hpp>

#include <optional>
#include <string>
#include <vector>

namespace respect::game {

class DialogueScene final : public engine::Scene {
public:
    /// Starts `encounter` in `session`; both must outlive the scene.
    DialogueScene(GameContext& context, LevelSession& session, const Encounter& encounter);

    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;
    bool isOverlay() const override { return true; }

    enum class Mode { Line, Choices, Feedback, Ended };
    Mode mode() const { return mode_; }

private:
    void absorbEvents();
    void chooseOption(std::size_t index);
    engine::Rect panel(engine::Canvas& canvas) const;
    std::string portraitOf(const std::string& speaker) const;

    GameContext& context_;
    LevelSession& session_;
    Mode mode_ = Mode::Line;
    std::string speaker_;
    std::string portrait_; ///< content path of the speaker's portrait, empty if none
    std::string text_;
    std::vector<std::string> options_;
    std::vector<std::pair<std::string, std::string>> unavailable_; ///< text, reason
    std::size_t focused_ = 0;
    std::vector<engine::Rect> optionRects_; ///< from the last draw, for the mouse
    struct Card {
        std::string ruleTitle;
        std::string text;
        std::vector<std::string> scores; ///< "language +2"
    };
    std::optional<Card> card_;
    std::string outcome_;
};

} // namespace respect::game
