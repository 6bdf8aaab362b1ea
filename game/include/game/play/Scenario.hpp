#pragma once
// A scenario being played: its Diversity Code, level, map, office and session, owned
// together because the session and the office refer to the others. Loading it reports
// every problem as text for the player instead of throwing, and saving or resuming it
// goes through SaveGame, so the scenes that show it stay thin.

#include <engine/io/ContentRoot.hpp>
#include <engine/tiled/Map.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>
#include <game/level/LevelSession.hpp>
#include <game/progress/SaveGame.hpp>
#include <game/world/OfficeWorld.hpp>

#include <memory>
#include <string>
#include <variant>

namespace respect::game {

class Scenario {
public:
    /// Loads and checks `levelFile` ("levels/x.xml") with the Diversity Code and its map, in
    /// `language` (its catalogs; "" or the level's own language: as written). Returns the
    /// scenario, or the first error as `file:line: message`.
    static std::variant<std::unique_ptr<Scenario>, std::string>
    load(const engine::io::ContentRoot& content, const std::string& levelFile,
         const std::string& language = {});

    /// A scenario from models already loaded (tests, levels without a file).
    Scenario(std::string levelFile, DiversityCode code, Level level,
             std::unique_ptr<engine::tiled::Map> map = nullptr);
    Scenario(const Scenario&) = delete;
    Scenario& operator=(const Scenario&) = delete;

    const std::string& levelFile() const { return levelFile_; }
    const DiversityCode& code() const { return *code_; }
    const Level& level() const { return *level_; }
    LevelSession& session() { return *session_; }
    const LevelSession& session() const { return *session_; }
    const engine::tiled::Map* map() const { return map_.get(); }
    /// The office, when the level has a map; nullptr otherwise.
    OfficeWorld* world() { return world_.get(); }
    const OfficeWorld* world() const { return world_.get(); }

    /// Shows the scenario in another language from now on, mid-dialogue included: the texts
    /// are translated again from the source and the session resumes exactly where it was
    /// (ids do not change with the language). Throws engine::Error for a broken catalog;
    /// the scenario then stays as it was.
    void setLanguage(const engine::io::ContentRoot& content, const std::string& language);

    /// A save of where the player is now, mid-dialogue included.
    SaveGame capture() const;
    /// Puts the session and the player where `save` was. Throws engine::Error when the save
    /// is of another level; an edited level resumes nearby with a notice in the result.
    SessionRestore resume(const SaveGame& save);

    /// This play, for the completion records: a registration UUID and the start time made
    /// when the scenario is created, and the time spent on its screens, carried by saves.
    const std::string& registration() const { return registration_; }
    const std::string& startedAt() const { return startedAt_; }
    double playSeconds() const { return playSeconds_; }
    void addPlayTime(double seconds) { playSeconds_ += seconds; }
    /// What the scenario's own screens add per update: the engine updates the top scene
    /// once per fixed 60 Hz step, so a pause or settings screen on top stops the count.
    static constexpr double kSecondsPerUpdate = 1.0 / 60.0;

private:
    std::string levelFile_;
    // As written, to translate from when the language changes.
    DiversityCode sourceCode_;
    Level sourceLevel_;
    std::unique_ptr<DiversityCode> code_;
    std::unique_ptr<Level> level_;
    std::unique_ptr<engine::tiled::Map> map_;
    std::unique_ptr<OfficeWorld> world_;
    std::unique_ptr<LevelSession> session_;
    std::string registration_;
    std::string startedAt_;
    double playSeconds_ = 0.0;
};

} // namespace respect::game
