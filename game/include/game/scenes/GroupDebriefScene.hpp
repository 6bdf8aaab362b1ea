#pragma once
// Facilitator mode: the debrief of a team event. First the encounters as the group played
// them (every vote split, the option played, the ending, and each replay beside the first
// play), then the scenario's questions one at a time in large type for the room. The page
// can be saved for the facilitator's notes. The scenario counts as completed.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/facilitation/ForumTheatre.hpp>
#include <game/facilitation/GroupDebrief.hpp>
#include <game/play/Scenario.hpp>
#include <game/ui/Menu.hpp>
#include <game/ui/PageScroll.hpp>

#include <filesystem>
#include <memory>
#include <optional>

namespace respect::game {

class GroupDebriefScene final : public engine::Scene {
public:
    GroupDebriefScene(GameContext& context, std::unique_ptr<Scenario> scenario,
                      std::unique_ptr<ForumTheatre> forum);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    const GroupDebrief& debrief() const { return debrief_; }
    /// The question shown in large type, or none on the overview.
    std::optional<std::size_t> question() const { return question_; }
    const std::filesystem::path& lastExport() const { return lastExport_; }

private:
    enum Item : std::size_t { Questions, SavePage, Back };
    void savePage();
    /// The event's xAPI statements (the group as actor, the facilitator as instructor, the
    /// votes), into the records folders and, when set, towards the LRS.
    void writeStatements();
    void speakQuestion() const;
    void drawQuestion(engine::Canvas& canvas);

    GameContext& context_;
    std::unique_ptr<Scenario> scenario_;
    std::unique_ptr<ForumTheatre> forum_;
    GroupDebrief debrief_;
    Menu menu_;
    std::optional<std::size_t> question_;
    std::string pendingNotice_;
    std::filesystem::path lastExport_;
    PageScroll scroll_; ///< the plays' column
};

} // namespace respect::game
