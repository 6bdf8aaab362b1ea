#pragma once
// The end of a scenario: how each encounter ended, the player's choices against the
// options they had, the score per Diversity Code dimension as bars (each with its number,
// so nothing relies on colour or length alone), the rules that came up with their text,
// and the level's questions for reflection. It can be saved as a picture (PNG) and as a
// printable page (HTML) in the player's reports folder. Opening it records the completion.

#include <engine/scene/Scene.hpp>
#include <game/GameContext.hpp>
#include <game/play/Scenario.hpp>
#include <game/report/DebriefReport.hpp>
#include <game/ui/Menu.hpp>
#include <game/ui/PageScroll.hpp>

#include <memory>
#include <string>

namespace respect::game {

class DebriefScene final : public engine::Scene {
public:
    /// The debrief of a scenario that was played to its end.
    DebriefScene(GameContext& context, std::unique_ptr<Scenario> scenario);

    void onEnter() override;
    bool update(const engine::input::InputFrame& input, engine::SceneStack& stack) override;
    void draw(engine::Canvas& canvas) override;

    enum Item : std::size_t { SavePicture = 0, SavePage = 1, Back = 2 };
    const DebriefReport& report() const { return report_; }
    /// The file the last export wrote (empty before any).
    const std::filesystem::path& lastExport() const { return lastExport_; }

private:
    /// Writes the completion records of the play (see RecordsFolder); a failure becomes a
    /// notice naming the file, the debrief goes on.
    void writeRecords();
    std::filesystem::path exportPath(const char* extension) const;
    void savePage();
    void savePicture();
    float drawReport(engine::Canvas& canvas, engine::Rect area);
    /// Returns the y below the chart.
    float drawScores(engine::Canvas& canvas, engine::Rect area);

    GameContext& context_;
    std::unique_ptr<Scenario> scenario_;
    DebriefReport report_;
    Menu menu_;
    PageScroll scroll_; ///< the report's column
    std::string pendingNotice_;
    std::filesystem::path lastExport_;
};

} // namespace respect::game
