#include <engine/core/Error.hpp>
#include <game/progress/SessionSaving.hpp>

#include <ctime>

#ifndef RESPECT_VERSION
#define RESPECT_VERSION "0.0.0"
#endif

namespace respect::game {

namespace dlg = engine::dialogue;

SaveGame captureSave(const LevelSession& session, const std::string& levelFile) {
    SaveGame save;
    save.gameVersion = RESPECT_VERSION;
    save.levelId = session.level().id;
    save.levelFile = levelFile;
    save.dialogue = session.runner().snapshot();
    if (session.runner().state() == dlg::RunnerState::ShowingLine) {
        save.lineText = session.runner().currentLine().text;
    }
    save.scores = session.scores();
    save.encounters = session.results();
    save.currentEncounter = session.current() != nullptr ? session.current()->id : "";
    save.timestamp = utcTimestamp(std::time(nullptr));
    return save;
}

SessionRestore resumeSession(LevelSession& session, const SaveGame& save) {
    const Level& level = session.level();
    if (save.levelId != level.id) {
        throw engine::Error(save.slot, 0,
                            "this save belongs to level '" + save.levelId + "', not '" + level.id +
                                "'");
    }
    dlg::Snapshot snapshot = save.dialogue;
    if (snapshot.state == dlg::RunnerState::ShowingLine && !save.lineText.empty()) {
        const std::size_t node = level.graph.indexOf(snapshot.nodeId);
        if (node != dlg::DialogueGraph::npos) {
            const std::size_t line = level.graph.lineIndex(node, snapshot.lineId);
            if (line != dlg::DialogueGraph::npos &&
                level.graph.node(node).lines[line].text != save.lineText) {
                snapshot.lineId.clear(); // same id, other words: restart the node's lines
            }
        }
    }
    return session.restore(snapshot, save.scores, save.encounters, save.currentEncounter);
}

} // namespace respect::game
