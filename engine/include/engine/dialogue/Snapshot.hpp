#pragma once
// Everything needed to resume a Runner, by ids only (no indices), so a save survives
// edits that do not remove the node or line it points at.

#include <engine/dialogue/RunnerState.hpp>
#include <engine/dialogue/Value.hpp>

#include <map>
#include <string>
#include <vector>

namespace respect::engine::dialogue {

struct Snapshot {
    std::string nodeId; ///< empty when the runner was never started
    std::string lineId; ///< the line on screen; empty unless ShowingLine
    RunnerState state = RunnerState::Ended;
    std::string outcome; ///< when Ended
    std::map<std::string, Value> variables;
    std::map<std::string, int> visits;  ///< nodes visited at least once
    std::vector<std::string> onceTaken; ///< ids of once-only choices taken, sorted

    friend bool operator==(const Snapshot& a, const Snapshot& b) {
        return a.nodeId == b.nodeId && a.lineId == b.lineId && a.state == b.state &&
               a.outcome == b.outcome && a.variables == b.variables && a.visits == b.visits &&
               a.onceTaken == b.onceTaken;
    }
    friend bool operator!=(const Snapshot& a, const Snapshot& b) { return !(a == b); }
};

} // namespace respect::engine::dialogue
