#pragma once
// One option the player may pick. Hidden while its condition is false or, when `once`,
// after it was taken; a fallback is offered only when no other choice is.

#include <engine/dialogue/Effect.hpp>
#include <engine/dialogue/Expression.hpp>

#include <optional>
#include <string>
#include <vector>

namespace respect::engine::dialogue {

struct Choice {
    std::string id; ///< unique in the graph; DialogueGraphBuilder fills an empty one
    int sourceLine = 0;
    std::string text;
    std::optional<Expression> condition;
    bool once = false;
    bool fallback = false;
    std::vector<Effect> effects;
    std::string target; ///< a node id, resolved with DialogueGraph::resolveReference
    /// Shown greyed out while the condition hides the choice; data only.
    std::optional<std::string> unavailableReason;
    std::vector<std::string> tags;
};

} // namespace respect::engine::dialogue
