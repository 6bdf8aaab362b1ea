#pragma once
// Collects nodes, checks their ids, then hands over an immutable DialogueGraph with every
// target resolved. Dangling targets are not an error here: analyze() reports them.

#include <engine/dialogue/DialogueGraph.hpp>

namespace respect::engine::dialogue {

class DialogueGraphBuilder {
public:
    /// Throws DialogueError (with the source line) on an empty or duplicate node id, a line
    /// id repeated within its node, or a choice id repeated in the graph. Fills empty ids:
    /// lines become "<node>#line-<n>", choices "<node>#choice-<n>" (n is 1-based).
    DialogueGraphBuilder& addNode(Node node);
    bool hasNode(std::string_view id) const { return graph_.index_.contains(id); }
    std::size_t size() const { return graph_.nodes_.size(); }

    /// Resolves every target and hands the graph over; the builder is empty afterwards.
    DialogueGraph build();

private:
    DialogueGraph graph_;
};

} // namespace respect::engine::dialogue
