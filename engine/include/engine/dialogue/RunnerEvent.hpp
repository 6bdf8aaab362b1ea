#pragma once
// Something that happened while a Runner moved, queued for the game to read. Ids are views
// into the DialogueGraph (valid while the graph lives), so recording events never copies.

#include <engine/dialogue/Value.hpp>

#include <iosfwd>
#include <string>
#include <string_view>

namespace respect::engine::dialogue {

struct Choice;
struct Line;

enum class RunnerEventKind {
    NodeEntered,
    LineShown,
    ChoicesOffered,
    ChoiceMade,
    VariableChanged,
    Ended
};

/// "NodeEntered", "LineShown", ...
const char* eventKindName(RunnerEventKind kind);

struct RunnerEvent {
    RunnerEventKind kind = RunnerEventKind::NodeEntered;
    std::string_view nodeId;        ///< the node it happened in (every kind)
    std::string_view lineId;        ///< LineShown
    std::string_view choiceId;      ///< ChoiceMade
    std::string_view variable;      ///< VariableChanged
    Value oldValue;                 ///< VariableChanged
    Value newValue;                 ///< VariableChanged
    std::string_view outcome;       ///< Ended
    const Line* line = nullptr;     ///< LineShown: speaker, text and tags
    const Choice* choice = nullptr; ///< ChoiceMade

    /// One line for logs and tests, e.g. `VariableChanged a/b trust 0 -> 1`.
    std::string toString() const;
};

/// Compares kinds, ids and values (not the pointers).
bool operator==(const RunnerEvent& a, const RunnerEvent& b);
inline bool operator!=(const RunnerEvent& a, const RunnerEvent& b) {
    return !(a == b);
}
std::ostream& operator<<(std::ostream& out, const RunnerEvent& event);

} // namespace respect::engine::dialogue
