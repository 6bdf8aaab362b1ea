#pragma once
// A story node: effects applied on entry, lines shown in order, then one exit (offer
// choices, go to a node, branch on conditions, or end with an outcome).

#include <engine/dialogue/Branch.hpp>
#include <engine/dialogue/Choice.hpp>
#include <engine/dialogue/Effect.hpp>
#include <engine/dialogue/Line.hpp>

#include <string>
#include <vector>

namespace respect::engine::dialogue {

enum class ExitKind { Choices, Goto, Branch, End };

/// "choices", "goto", "branch" or "end".
const char* exitKindName(ExitKind kind);

struct Node {
    std::string id; ///< unique in the graph; '/' separates scopes, e.g. "meeting/start"
    int sourceLine = 0;
    std::vector<Line> lines;
    std::vector<Effect> onEnter;
    ExitKind exit = ExitKind::End;
    std::vector<Choice> choices;  ///< ExitKind::Choices
    std::string gotoTarget;       ///< ExitKind::Goto
    std::vector<Branch> branches; ///< ExitKind::Branch, tried in order
    std::string outcome;          ///< ExitKind::End
    std::string note;             ///< for authors and tools; the runner ignores it
    std::vector<std::string> tags;
};

} // namespace respect::engine::dialogue
