#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/DialogueGraphBuilder.hpp>

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace respect::engine::dialogue {

namespace {

void collectReferences(const Expression& expression, std::vector<std::string>& out) {
    for (std::string& reference : expression.visitedReferences()) {
        out.push_back(std::move(reference));
    }
}

void collectReferences(const std::optional<Expression>& expression, std::vector<std::string>& out) {
    if (expression) {
        collectReferences(*expression, out);
    }
}

void collectReferences(const std::vector<Effect>& effects, std::vector<std::string>& out) {
    for (const Effect& effect : effects) {
        collectReferences(effect.value, out);
    }
}

/// The first item (in order) whose id an earlier item already has, or nullptr. Nodes hold
/// a few lines and choices: comparing pairs beats building a set for every node; a long
/// node is sorted instead, so no node can make this quadratic.
template <typename Item> const Item* laterDuplicate(const std::vector<Item>& items) {
    constexpr std::size_t kPairwiseUpTo = 32;
    if (items.size() <= kPairwiseUpTo) {
        for (std::size_t i = 1; i < items.size(); ++i) {
            for (std::size_t k = 0; k < i; ++k) {
                if (items[k].id == items[i].id) {
                    return &items[i];
                }
            }
        }
        return nullptr;
    }
    std::vector<std::pair<std::string_view, std::size_t>> sorted;
    sorted.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        sorted.emplace_back(items[i].id, i);
    }
    std::sort(sorted.begin(), sorted.end());
    std::size_t first = items.size();
    for (std::size_t j = 1; j < sorted.size(); ++j) {
        if (sorted[j].first == sorted[j - 1].first) {
            first = std::min(first, sorted[j].second);
        }
    }
    return first < items.size() ? &items[first] : nullptr;
}

} // namespace

DialogueGraphBuilder& DialogueGraphBuilder::addNode(Node node) {
    // Check everything before changing anything, so a failed add leaves the builder as it was.
    if (node.id.empty()) {
        throw DialogueError("a node needs an id", node.sourceLine);
    }
    if (hasNode(node.id)) {
        throw DialogueError("duplicate node id '" + node.id + "'", node.sourceLine);
    }
    for (std::size_t i = 0; i < node.lines.size(); ++i) {
        Line& line = node.lines[i];
        if (line.id.empty()) {
            line.id = node.id + "#line-" + std::to_string(i + 1);
        }
    }
    if (const Line* line = laterDuplicate(node.lines)) {
        throw DialogueError("duplicate line id '" + line->id + "' in node '" + node.id + "'",
                            line->sourceLine);
    }
    for (std::size_t i = 0; i < node.choices.size(); ++i) {
        Choice& choice = node.choices[i];
        if (choice.id.empty()) {
            choice.id = node.id + "#choice-" + std::to_string(i + 1);
        }
    }
    const Choice* duplicate = laterDuplicate(node.choices);
    for (const Choice& choice : node.choices) {
        if (&choice == duplicate || graph_.choiceIndex_.contains(choice.id)) {
            throw DialogueError("duplicate choice id '" + choice.id + "'", choice.sourceLine);
        }
    }

    const std::size_t index = graph_.nodes_.size();
    graph_.index_.insert(node.id, index);
    for (std::size_t i = 0; i < node.choices.size(); ++i) {
        graph_.choiceIndex_.insert(node.choices[i].id, graph_.choiceOwners_.size());
        graph_.choiceOwners_.emplace_back(index, i);
    }
    graph_.nodes_.push_back(std::move(node));
    return *this;
}

DialogueGraph DialogueGraphBuilder::build() {
    DialogueGraph graph = std::move(graph_);
    graph_ = DialogueGraph{};

    graph.resolved_.assign(graph.nodes_.size(), DialogueGraph::Resolved{});
    std::size_t serial = 0;
    for (std::size_t i = 0; i < graph.nodes_.size(); ++i) {
        const Node& node = graph.nodes_[i];
        DialogueGraph::Resolved& resolved = graph.resolved_[i];
        resolved.firstChoiceSerial = serial;
        serial += node.choices.size();
        if (!node.gotoTarget.empty()) {
            resolved.gotoTarget = graph.resolveUncached(i, node.gotoTarget);
        }
        std::vector<std::string> references;
        collectReferences(node.onEnter, references);
        for (const Line& line : node.lines) {
            collectReferences(line.condition, references);
        }
        for (const Choice& choice : node.choices) {
            resolved.choiceTargets.push_back(graph.resolveUncached(i, choice.target));
            collectReferences(choice.condition, references);
            collectReferences(choice.effects, references);
        }
        for (const Branch& branch : node.branches) {
            resolved.branchTargets.push_back(graph.resolveUncached(i, branch.target));
            collectReferences(branch.condition, references);
        }
        for (std::string& reference : references) {
            bool known = false;
            for (const auto& entry : resolved.references) {
                known = known || entry.first == reference;
            }
            if (!known) {
                const std::size_t target = graph.resolveUncached(i, reference);
                resolved.references.emplace_back(std::move(reference), target);
            }
        }
    }
    graph.computeHotRanges();
    return graph;
}

} // namespace respect::engine::dialogue
