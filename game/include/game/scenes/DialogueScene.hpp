#pragma once
// One encounter on screen: the speaker's portrait and name with the line revealed by a
// typewriter (one key shows it whole; a setting turns it off), the numbered choices, and
// after a choice the card that names the Diversity Code rule and explains it. The backlog
// (H, or Y on a gamepad) shows what was said so far. Nothing is timed: the player moves on
// with confirm, a number key, or a click. The encounter is autosaved when it starts and
// when it ends.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/play/Scenario.hpp>

#include <optional>
#include <string>
#include <vector>

namespace respect::game {

class DialogueScene final : public engine::Scene {
public:
    /// Starts `encounter` in the scenario; the scenario must outlive the scene.
    DialogueScene(GameContext& context, Scenario& scenario, const Encounter& encounter);
    /// Continues the encounter the scenario's session is in (a resumed save).
    DialogueScene(GameContext& context, Scenario& scenario);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;
    bool isOverlay() const override { return true; }

    enum class Mode { Line, Choices, Feedback, Ended };
    Mode mode() const { return mode_; }
    /// The line on screen (all of it, however much the typewriter has revealed).
    const std::string& lineText() const { return text_; }
    /// True while the typewriter is still revealing the line.
    bool revealing() const;
    bool showingHistory() const { return showingHistory_; }

    struct HistoryEntry {
        std::string speaker; ///< empty for narration
        std::string text;
        bool choice = false; ///< what the player chose
    };
    const std::vector<HistoryEntry>& history() const { return history_; }

private:
    /// Facilitator mode: the group's vote on the choice on screen, then the option played.
    void openVote(engine::SceneStack& stack);
    /// Facilitator mode: back to a choice point of the encounter that just ended.
    void openRewind(engine::SceneStack& stack);
    void absorbEvents();
    /// Takes the line or the choices on screen from the runner (after a resume or a change
    /// of language).
    void readRunner();
    void chooseOption(std::size_t index);
    void autosave();
    void speakScreen() const;
    bool updateChoices(const engine::input::InputFrame& input);
    bool updateHistory(const engine::input::InputFrame& input);
    engine::Rect panel(engine::Canvas& canvas) const;
    std::string portraitOf(std::string_view speaker) const;
    void drawLine(engine::Canvas& canvas, engine::Rect box);
    void drawChoices(engine::Canvas& canvas, engine::Rect box);
    void drawFeedback(engine::Canvas& canvas, engine::Rect box);
    void drawHistory(engine::Canvas& canvas);

    GameContext& context_;
    Scenario& scenario_;
    LevelSession& session_;
    Mode mode_ = Mode::Line;
    std::string speaker_;
    std::string portrait_; ///< content path of the speaker's portrait, empty if none
    std::string text_;
    std::size_t textCodePoints_ = 0;
    double revealed_ = 0.0; ///< code points shown so far (typewriter)
    std::vector<std::string> options_;
    std::vector<std::pair<std::string, std::string>> unavailable_; ///< text, reason
    std::size_t focused_ = 0;
    std::vector<engine::Rect> optionRects_; ///< from the last draw, for the mouse
    struct Card {
        std::string ruleTitle;
        std::string text;
        std::vector<std::string> scores; ///< "Language +2"
    };
    std::optional<Card> card_;
    std::string outcome_;
    std::vector<HistoryEntry> history_;
    bool showingHistory_ = false;
    /// Facilitator mode: a choice was just offered and the group's vote should open.
    bool voteWanted_ = false;
    std::size_t historyScroll_ = 0; ///< entries hidden above the first shown
    std::string pendingNotice_;     ///< a save that failed, shown on the next update
    std::string language_;          ///< the language the texts on screen are in
};

} // namespace respect::game
