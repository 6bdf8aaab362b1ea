#pragma once
// Facilitator mode: the group votes on the choice on screen. The facilitator counts the
// raised hands per option (typed, or one press per hand), reveals the split as a bar
// chart, then plays the majority or any option. The encounter's facilitator note stays in
// view for the discussion. Nothing is timed.
//
// Keys: Up/Down pick an option; 1-9 type its count (0 too, on the number row); Right adds
// a hand, Left takes one away; Enter or Page Down reveals the split, then plays the
// majority; E (interact) plays the picked option instead; H shows the facilitator note
// when the screen has no room for it.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/facilitation/GroupVote.hpp>
#include <game/level/LevelSession.hpp>

#include <functional>
#include <string>
#include <vector>

namespace respect::game {

class VoteScene final : public engine::Scene {
public:
    /// Called with the option to play (0-based among the offered) and the vote; the scene
    /// has closed itself by then.
    using Decided = std::function<void(std::size_t, const GroupVote&)>;

    VoteScene(GameContext& context, const LevelSession& session, Decided decided);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;
    bool isOverlay() const override { return true; }

    const GroupVote& vote() const { return vote_; }
    bool revealed() const { return revealed_; }
    std::size_t focused() const { return focused_; }

private:
    void decide(std::size_t option, engine::SceneStack& stack);
    void speakFocus() const;
    /// "2. Ask him to wait…": the option's number and the start of its text.
    std::string optionName(std::size_t option) const;

    GameContext& context_;
    std::string note_;
    std::vector<std::string> options_;
    GroupVote vote_;
    Decided decided_;
    std::size_t focused_ = 0;
    bool freshNumber_ = true; ///< the next digit starts a new count
    bool revealed_ = false;
    bool noteHidden_ = false; ///< the note did not fit: H shows it
};

} // namespace respect::game
