#include "ExpressionTree.hpp"

#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/DialogueGraph.hpp>

#include <algorithm>

namespace respect::engine::dialogue {

namespace {

std::string_view scopeOf(std::string_view id) {
    const std::size_t slash = id.rfind('/');
    return slash == std::string_view::npos ? std::string_view{} : id.substr(0, slash);
}

} // namespace

const char* exitKindName(ExitKind kind) {
    switch (kind) {
    case ExitKind::Choices:
        return "choices";
    case ExitKind::Goto:
        return "goto";
    case ExitKind::Branch:
        return "branch";
    case ExitKind::End:
        return "end";
    }
    return "?";
}

DialogueGraph::DialogueGraph(const DialogueGraph& other)
    : nodes_(other.nodes_), resolved_(other.resolved_), index_(other.index_),
      choiceIndex_(other.choiceIndex_), choiceOwners_(other.choiceOwners_) {
    computeHotRanges();
}

DialogueGraph& DialogueGraph::operator=(const DialogueGraph& other) {
    if (this != &other) {
        DialogueGraph copy(other);
        *this = std::move(copy);
    }
    return *this;
}

void DialogueGraph::computeHotRanges() {
    hot_.clear();
    const auto add = [&](const void* address, std::size_t bytes) {
        if (address != nullptr && bytes > 0) {
            hot_.push_back(HotRange{address, bytes});
        }
    };
    const auto addVector = [&](const auto& list) {
        add(list.data(), list.size() * sizeof(list[0]));
    };
    const auto addExpression = [&](const Expression& expression) {
        if (const ExpressionTree* tree = expression.tree_.get()) {
            add(tree, tree->hotBytes());
        }
    };
    const auto addCondition = [&](const std::optional<Expression>& condition) {
        if (condition) {
            addExpression(*condition);
        }
    };
    const auto addEffects = [&](const std::vector<Effect>& effects) {
        addVector(effects);
        for (const Effect& effect : effects) {
            addExpression(effect.value);
        }
    };
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        const Node& node = nodes_[i];
        Resolved& resolved = resolved_[i];
        resolved.hotBegin = hot_.size();
        add(&node, sizeof(Node));
        addVector(resolved.choiceTargets);
        addVector(resolved.branchTargets);
        addVector(resolved.references);
        addEffects(node.onEnter);
        addVector(node.lines);
        for (const Line& line : node.lines) {
            addCondition(line.condition);
        }
        addVector(node.choices);
        for (const Choice& choice : node.choices) {
            addCondition(choice.condition);
            addEffects(choice.effects);
        }
        addVector(node.branches);
        for (const Branch& branch : node.branches) {
            addCondition(branch.condition);
        }
        resolved.hotEnd = hot_.size();
    }
}

void DialogueGraph::prefetch(std::size_t node) const {
    const Resolved& resolved = resolved_[node];
    for (std::size_t i = resolved.hotBegin; i < resolved.hotEnd; ++i) {
        const char* address = static_cast<const char*>(hot_[i].address);
        // Cache lines are 64 bytes; cap each range so one huge node cannot flood the cache.
        const std::size_t bytes = std::min<std::size_t>(hot_[i].bytes, 1024);
        for (std::size_t offset = 0; offset < bytes; offset += 64) {
            __builtin_prefetch(address + offset);
        }
    }
}

const Node* DialogueGraph::findNode(std::string_view id) const {
    const std::size_t index = indexOf(id);
    return index == npos ? nullptr : &nodes_[index];
}

std::size_t DialogueGraph::indexOf(std::string_view id) const {
    return index_.find(id);
}

std::string DialogueGraph::resolveReference(std::string_view fromNodeId,
                                            std::string_view reference) const {
    if (index_.contains(reference)) {
        return std::string(reference);
    }
    const std::string_view scope = scopeOf(fromNodeId);
    if (scope.empty() || reference.empty()) {
        return {};
    }
    std::string scoped = std::string(scope) + "/" + std::string(reference);
    return index_.contains(scoped) ? scoped : std::string{};
}

std::size_t DialogueGraph::resolveIndex(std::size_t fromIndex, std::string_view reference) const {
    if (fromIndex < resolved_.size()) {
        for (const auto& [name, target] : resolved_[fromIndex].references) {
            if (name == reference) {
                return target;
            }
        }
    }
    return resolveUncached(fromIndex, reference);
}

std::size_t DialogueGraph::resolveUncached(std::size_t fromIndex,
                                           std::string_view reference) const {
    const std::size_t exact = indexOf(reference);
    if (exact != npos || fromIndex >= nodes_.size()) {
        return exact;
    }
    const std::string_view scope = scopeOf(nodes_[fromIndex].id);
    if (scope.empty() || reference.empty()) {
        return npos;
    }
    return indexOf(std::string(scope) + "/" + std::string(reference));
}

std::size_t DialogueGraph::findChoiceSerial(std::string_view choiceId) const {
    return choiceIndex_.find(choiceId);
}

const Choice& DialogueGraph::choiceBySerial(std::size_t serial) const {
    const auto& [node, choice] = choiceOwners_.at(serial);
    return nodes_[node].choices[choice];
}

std::size_t DialogueGraph::lineIndex(std::size_t node, std::string_view lineId) const {
    const std::vector<Line>& lines = nodes_.at(node).lines;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].id == lineId) {
            return i;
        }
    }
    return npos;
}

} // namespace respect::engine::dialogue
