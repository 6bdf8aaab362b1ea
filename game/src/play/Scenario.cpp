#include <engine/core/Error.hpp>
#include <engine/tiled/MapLoader.hpp>
#include <game/i18n/ContentTexts.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/play/Scenario.hpp>
#include <game/progress/SessionSaving.hpp>
#include <game/records/Uuid.hpp>

#include <ctime>

namespace respect::game {

std::variant<std::unique_ptr<Scenario>, std::string>
Scenario::load(const engine::io::ContentRoot& content, const std::string& levelFile,
               const std::string& language) {
    const auto& data = content.path();
    engine::DiagnosticList diagnostics;
    auto code = loadDiversityCode(data / kDiversityCodePath, kDiversityCodePath, diagnostics);
    if (!code) {
        return diagnostics.firstError("unknown error");
    }
    std::filesystem::path file;
    try {
        file = content.resolve(levelFile);
    } catch (const engine::Error& error) {
        return std::string(error.what());
    }
    std::optional<engine::tiled::Map> checkedMap; // the map as the check read it
    auto level = loadCheckedLevel(file, levelFile, *code, &content, diagnostics, &checkedMap);
    if (!level) {
        return diagnostics.firstError("unknown error");
    }
    try {
        std::unique_ptr<engine::tiled::Map> map;
        if (checkedMap) {
            map = std::make_unique<engine::tiled::Map>(std::move(*checkedMap));
        } else if (!level->map.empty()) {
            map = std::make_unique<engine::tiled::Map>(
                engine::tiled::loadMap(content, "levels/" + level->map));
        }
        auto scenario = std::make_unique<Scenario>(levelFile, std::move(*code), std::move(*level),
                                                   std::move(map));
        scenario->setLanguage(content, language);
        return scenario;
    } catch (const engine::Error& error) {
        return std::string(error.what());
    }
}

Scenario::Scenario(std::string levelFile, DiversityCode code, Level level,
                   std::unique_ptr<engine::tiled::Map> map)
    : levelFile_(std::move(levelFile)), sourceCode_(code), sourceLevel_(level),
      code_(std::make_unique<DiversityCode>(std::move(code))),
      level_(std::make_unique<Level>(std::move(level))), map_(std::move(map)),
      registration_(randomUuid()), startedAt_(utcTimestamp(std::time(nullptr))) {
    if (map_) {
        world_ = std::make_unique<OfficeWorld>(*map_, *level_);
    }
    session_ = std::make_unique<LevelSession>(*level_, *code_);
}

void Scenario::setLanguage(const engine::io::ContentRoot& content, const std::string& language) {
    Level level = sourceLevel_;
    DiversityCode code = sourceCode_;
    localizeContent(content, language, level, code); // may throw: nothing changed yet
    const bool started = session_->current() != nullptr || !session_->results().empty();
    if (!started) {
        *level_ = std::move(level);
        *code_ = std::move(code);
        return;
    }
    const SaveGame here = captureSave(*session_, levelFile_);
    // In place, so the session, the office and the scenes keep their references; the
    // runner's pointers into the old graph are rebuilt by restoring its own snapshot.
    *level_ = std::move(level);
    *code_ = std::move(code);
    session_->restore(here.dialogue, here.scores, here.encounters, here.currentEncounter);
    session_->takeEvents(); // lines "shown again" by the restore: the scenes redraw instead
}

namespace {

/// The text of line `lineId` of node `nodeId` in `graph`, or nullptr.
const std::string* lineText(const engine::dialogue::DialogueGraph& graph, const std::string& nodeId,
                            const std::string& lineId) {
    const std::size_t node = graph.indexOf(nodeId);
    if (node == engine::dialogue::DialogueGraph::npos) {
        return nullptr;
    }
    const std::size_t line = graph.lineIndex(node, lineId);
    return line == engine::dialogue::DialogueGraph::npos ? nullptr
                                                         : &graph.node(node).lines[line].text;
}

} // namespace

SaveGame Scenario::capture() const {
    SaveGame save = captureSave(*session_, levelFile_);
    // The line as written, not as shown: a save must resume in any language.
    if (!save.lineText.empty()) {
        const std::string* source =
            lineText(sourceLevel_.graph, save.dialogue.nodeId, save.dialogue.lineId);
        save.lineText = source != nullptr ? *source : std::string();
    }
    if (world_) {
        save.playerXPixels = world_->player().feet.x;
        save.playerYPixels = world_->player().feet.y;
        save.playerFacing = world_->player().facing;
    }
    save.registration = registration_;
    save.startedAt = startedAt_;
    save.playSeconds = playSeconds_;
    return save;
}

SessionRestore Scenario::resume(const SaveGame& save) {
    // Compare the saved line with the level as written (the one on screen may be
    // translated); resumeSession then needs no text of its own.
    SaveGame adjusted = save;
    if (!save.lineText.empty()) {
        const std::string* source =
            lineText(sourceLevel_.graph, save.dialogue.nodeId, save.dialogue.lineId);
        if (source != nullptr && *source != save.lineText) {
            adjusted.dialogue.lineId.clear(); // same id, other words: restart the node's lines
        }
        adjusted.lineText.clear();
    }
    SessionRestore restored = resumeSession(*session_, adjusted);
    if (world_) {
        world_->placePlayer(
            {static_cast<float>(save.playerXPixels), static_cast<float>(save.playerYPixels)},
            save.playerFacing);
    }
    // Saves from before plays were recorded keep this play's own id and start.
    if (!save.registration.empty()) {
        registration_ = save.registration;
        startedAt_ = save.startedAt;
        playSeconds_ = save.playSeconds;
    }
    return restored;
}

} // namespace respect::game
