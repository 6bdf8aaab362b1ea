#pragma once
// An immutable story: nodes in the order they were added, looked up by id. Made by
// DialogueGraphBuilder, which also resolves every exit target once, up front.

#include <engine/dialogue/IdIndex.hpp>
#include <engine/dialogue/Node.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace respect::engine::dialogue {

class DialogueGraph {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /// An empty graph; use DialogueGraphBuilder to make one with nodes.
    DialogueGraph() = default;
    DialogueGraph(const DialogueGraph& other);
    DialogueGraph& operator=(const DialogueGraph& other);
    DialogueGraph(DialogueGraph&&) noexcept = default;
    DialogueGraph& operator=(DialogueGraph&&) noexcept = default;
    ~DialogueGraph() = default;

    const Node* findNode(std::string_view id) const;
    std::size_t indexOf(std::string_view id) const; ///< npos when absent
    const std::vector<Node>& nodes() const { return nodes_; }
    const Node& node(std::size_t index) const { return nodes_.at(index); }
    std::size_t size() const { return nodes_.size(); }
    bool empty() const { return nodes_.empty(); }

    /// `reference` itself when it is a node id, else "<scope of fromNodeId>/reference"
    /// when that is one (the scope is everything before the last '/'), else "".
    std::string resolveReference(std::string_view fromNodeId, std::string_view reference) const;
    /// The same by index; npos when nothing matches. No allocation for references that
    /// appear in the node's own expressions.
    std::size_t resolveIndex(std::size_t fromIndex, std::string_view reference) const;

    // Exit targets resolved at build time; npos when the target does not exist.
    std::size_t gotoTargetIndex(std::size_t node) const { return resolved_[node].gotoTarget; }
    std::size_t choiceTargetIndex(std::size_t node, std::size_t choice) const {
        return resolved_[node].choiceTargets[choice];
    }
    std::size_t branchTargetIndex(std::size_t node, std::size_t branch) const {
        return resolved_[node].branchTargets[branch];
    }

    // Every choice in the graph numbered 0..choiceCount()-1 (for once-only bookkeeping).
    std::size_t choiceCount() const { return choiceOwners_.size(); }
    std::size_t choiceSerial(std::size_t node, std::size_t choice) const {
        return resolved_[node].firstChoiceSerial + choice;
    }
    std::size_t findChoiceSerial(std::string_view choiceId) const; ///< npos when absent
    const Choice& choiceBySerial(std::size_t serial) const;
    /// Position of a line in its node by id; npos when absent.
    std::size_t lineIndex(std::size_t node, std::string_view lineId) const;

    /// Asks the CPU to start loading everything entering the node reads (its lines, effects,
    /// choices and their expressions) at once, instead of one dependent miss after another.
    void prefetch(std::size_t node) const;

private:
    friend class DialogueGraphBuilder;

    struct Resolved {
        std::size_t gotoTarget = npos;
        std::vector<std::size_t> choiceTargets;
        std::vector<std::size_t> branchTargets;
        std::size_t firstChoiceSerial = 0;
        std::size_t hotBegin = 0; // range in hot_
        std::size_t hotEnd = 0;
        // visited("...") / visits("...") references used in this node, already resolved.
        std::vector<std::pair<std::string, std::size_t>> references;
    };

    // Memory a runner reads when it enters a node; addresses stay valid while the graph is
    // neither copied (the copy recomputes them) nor destroyed, and moves keep them.
    struct HotRange {
        const void* address;
        std::size_t bytes;
    };

    std::size_t resolveUncached(std::size_t fromIndex, std::string_view reference) const;
    void computeHotRanges();

    std::vector<Node> nodes_;
    std::vector<Resolved> resolved_;
    IdIndex index_;                                                 // node id -> index
    IdIndex choiceIndex_;                                           // choice id -> serial
    std::vector<std::pair<std::size_t, std::size_t>> choiceOwners_; // serial -> (node, choice)
    std::vector<HotRange> hot_;
};

} // namespace respect::engine::dialogue
