#include <engine/dialogue/DialogueGraph.hpp>
#include <engine/dialogue/GraphAnalysis.hpp>
#include <engine/dialogue/TypeEnvironment.hpp>

#include <algorithm>
#include <deque>

namespace respect::engine::dialogue {

namespace {

constexpr std::size_t npos = DialogueGraph::npos;

std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

// Issues are sorted by node at the end; entry problems (node npos) come first.
struct Found {
    std::size_t node;
    GraphIssue issue;
};

class Analysis {
public:
    Analysis(const DialogueGraph& graph, const std::vector<std::string>& entries)
        : graph_(graph), entries_(entries), edges_(graph.size()) {}

    std::vector<GraphIssue> run() {
        for (std::size_t i = 0; i < graph_.size(); ++i) {
            checkExits(i);
        }
        const std::vector<char> reachable = findReachable();
        findEndlessLoops(reachable);
        std::stable_sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) {
            return (a.node + 1) < (b.node + 1); // npos + 1 == 0 sorts entries first
        });
        std::vector<GraphIssue> out;
        out.reserve(found_.size());
        for (Found& f : found_) {
            out.push_back(std::move(f.issue));
        }
        return out;
    }

private:
    void report(std::size_t node, Severity severity, int line, std::string message) {
        const int nodeLine = node == npos ? 0 : graph_.node(node).sourceLine;
        found_.push_back(
            Found{node, GraphIssue{severity, node == npos ? std::string() : graph_.node(node).id,
                                   line != 0 ? line : nodeLine, std::move(message)}});
    }

    /// `what` names the exit for a message; it is called only when there is a problem.
    template <typename What>
    void target(std::size_t node, std::size_t target, const What& what, const std::string& name,
                int line) {
        if (target != npos) {
            edges_[node].push_back(target);
        } else if (name.empty()) {
            report(node, Severity::Error, line, what() + " has no target");
        } else {
            report(node, Severity::Error, line,
                   what() + " goes to " + quoted(name) + ", which does not exist");
        }
    }

    void checkExits(std::size_t i) {
        const Node& node = graph_.node(i);
        // Messages are built only when there is something to report.
        const auto nodeName = [&] { return "node " + quoted(node.id); };
        switch (node.exit) {
        case ExitKind::End:
            break;
        case ExitKind::Goto:
            target(i, graph_.gotoTargetIndex(i), nodeName, node.gotoTarget, node.sourceLine);
            break;
        case ExitKind::Choices: {
            if (node.choices.empty()) {
                report(i, Severity::Error, 0, nodeName() + " has no way out: it has no choices");
                break;
            }
            bool alwaysShown = false;
            bool anyFallback = false;
            for (std::size_t c = 0; c < node.choices.size(); ++c) {
                const Choice& choice = node.choices[c];
                target(
                    i, graph_.choiceTargetIndex(i, c),
                    [&] { return "choice " + quoted(choice.id); }, choice.target,
                    choice.sourceLine);
                alwaysShown = alwaysShown || (!choice.condition && !choice.once);
                anyFallback = anyFallback || choice.fallback;
            }
            if (!alwaysShown) {
                report(i, Severity::Warning, 0,
                       nodeName() + " may soft-lock: every choice can be hidden and " +
                           (anyFallback ? "so can every fallback" : "there is no fallback"));
            }
            break;
        }
        case ExitKind::Branch: {
            if (node.branches.empty()) {
                report(i, Severity::Error, 0, nodeName() + " has no way out: it has no branches");
                break;
            }
            std::size_t elseAt = npos;
            for (std::size_t b = 0; b < node.branches.size(); ++b) {
                const Branch& branch = node.branches[b];
                if (elseAt != npos) {
                    report(i, Severity::Warning, branch.sourceLine,
                           "a branch of " + nodeName() +
                               " comes after its else and is never taken");
                    continue; // never taken, so not an edge either
                }
                target(
                    i, graph_.branchTargetIndex(i, b), [&] { return "a branch of " + nodeName(); },
                    branch.target, branch.sourceLine);
                if (!branch.condition) {
                    elseAt = b;
                }
            }
            if (elseAt == npos) {
                report(i, Severity::Warning, 0,
                       nodeName() + " has no else branch: when no condition holds the dialogue "
                                    "stops with an error");
            }
            break;
        }
        }
    }

    std::vector<char> findReachable() {
        std::vector<char> reachable(graph_.size(), entries_.empty() ? 1 : 0);
        if (entries_.empty()) {
            return reachable;
        }
        std::deque<std::size_t> queue;
        for (const std::string& entry : entries_) {
            const std::size_t index = graph_.indexOf(entry);
            if (index == npos) {
                report(npos, Severity::Error, 0, "entry node " + quoted(entry) + " does not exist");
            } else if (reachable[index] == 0) {
                reachable[index] = 1;
                queue.push_back(index);
            }
        }
        while (!queue.empty()) {
            const std::size_t node = queue.front();
            queue.pop_front();
            for (std::size_t next : edges_[node]) {
                if (reachable[next] == 0) {
                    reachable[next] = 1;
                    queue.push_back(next);
                }
            }
        }
        for (std::size_t i = 0; i < graph_.size(); ++i) {
            if (reachable[i] == 0) {
                report(i, Severity::Warning, 0,
                       "node " + quoted(graph_.node(i).id) + " cannot be reached from any entry");
            }
        }
        return reachable;
    }

    // Reachable loops from which no End node can be reached: Tarjan's strongly connected
    // components, iterative so a long chain cannot overflow the stack.
    void findEndlessLoops(const std::vector<char>& reachable) {
        const std::size_t n = graph_.size();
        std::vector<std::vector<std::size_t>> incoming(n);
        std::deque<std::size_t> queue;
        std::vector<char> canEnd(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t next : edges_[i]) {
                incoming[next].push_back(i);
            }
            if (graph_.node(i).exit == ExitKind::End) {
                canEnd[i] = 1;
                queue.push_back(i);
            }
        }
        while (!queue.empty()) {
            const std::size_t node = queue.front();
            queue.pop_front();
            for (std::size_t previous : incoming[node]) {
                if (canEnd[previous] == 0) {
                    canEnd[previous] = 1;
                    queue.push_back(previous);
                }
            }
        }

        std::vector<std::size_t> order(n, npos);
        std::vector<std::size_t> low(n, 0);
        std::vector<char> onStack(n, 0);
        std::vector<std::size_t> stack;
        std::vector<std::pair<std::size_t, std::size_t>> calls; // node, next edge
        std::size_t counter = 0;
        const auto candidate = [&](std::size_t i) { return reachable[i] != 0 && canEnd[i] == 0; };
        const auto open = [&](std::size_t i) {
            order[i] = low[i] = counter++;
            stack.push_back(i);
            onStack[i] = 1;
            calls.emplace_back(i, 0);
        };
        for (std::size_t root = 0; root < n; ++root) {
            if (!candidate(root) || order[root] != npos) {
                continue;
            }
            open(root);
            while (!calls.empty()) {
                const std::size_t node = calls.back().first;
                const std::size_t edge = calls.back().second++;
                if (edge < edges_[node].size()) {
                    const std::size_t next = edges_[node][edge];
                    if (!candidate(next)) {
                        continue;
                    }
                    if (order[next] == npos) {
                        open(next);
                    } else if (onStack[next] != 0) {
                        low[node] = std::min(low[node], order[next]);
                    }
                    continue;
                }
                calls.pop_back();
                if (!calls.empty()) {
                    low[calls.back().first] = std::min(low[calls.back().first], low[node]);
                }
                if (low[node] != order[node]) {
                    continue;
                }
                std::vector<std::size_t> component;
                std::size_t member = npos;
                do {
                    member = stack.back();
                    stack.pop_back();
                    onStack[member] = 0;
                    component.push_back(member);
                } while (member != node);
                reportLoop(component);
            }
        }
    }

    void reportLoop(std::vector<std::size_t> component) {
        std::sort(component.begin(), component.end());
        const std::size_t first = component.front();
        const std::vector<std::size_t>& firstEdges = edges_[first];
        const bool selfLoop =
            std::find(firstEdges.begin(), firstEdges.end(), first) != firstEdges.end();
        if (component.size() == 1 && !selfLoop) {
            return; // not a loop: its dead end is reported where it is
        }
        std::string message = "node " + quoted(graph_.node(first).id) + " can never end: ";
        if (component.size() == 1) {
            message += "it loops back to itself";
        } else {
            message += "it loops through ";
            const std::size_t shown = std::min<std::size_t>(component.size(), 5);
            for (std::size_t k = 0; k < shown; ++k) {
                message += (k == 0                                        ? ""
                            : k + 1 == shown && shown == component.size() ? " and "
                                                                          : ", ");
                message += quoted(graph_.node(component[k]).id);
            }
            if (shown < component.size()) {
                message += " and " + std::to_string(component.size() - shown) + " more";
            }
        }
        message += " with no way to reach an end";
        report(first, Severity::Error, 0, std::move(message));
    }

    const DialogueGraph& graph_;
    const std::vector<std::string>& entries_;
    std::vector<std::vector<std::size_t>> edges_;
    std::vector<Found> found_;
};

} // namespace

std::vector<GraphIssue> analyze(const DialogueGraph& graph,
                                const std::vector<std::string>& entryNodeIds) {
    return Analysis(graph, entryNodeIds).run();
}

std::vector<GraphIssue> checkExpressions(const DialogueGraph& graph,
                                         const TypeEnvironment& environment) {
    // `where` arguments are callables: the place is spelled out only for an issue, since a
    // level has tens of thousands of expressions and almost all of them are fine.
    std::vector<GraphIssue> issues;
    for (std::size_t i = 0; i < graph.size(); ++i) {
        const Node& node = graph.node(i);
        const auto add = [&](int line, const std::string& where, const std::string& message) {
            issues.push_back(GraphIssue{Severity::Error, node.id,
                                        line != 0 ? line : node.sourceLine,
                                        where + ": " + message});
        };
        const auto references = [&](const Expression& expression, int line, const auto& where) {
            for (const std::string& reference : expression.visitedReferences()) {
                if (graph.resolveIndex(i, reference) == npos) {
                    add(line, where(), "no node " + quoted(reference) + " to count visits of");
                }
            }
        };
        const auto condition = [&](const std::optional<Expression>& expression, int line,
                                   const auto& where) {
            if (!expression) {
                return;
            }
            for (const std::string& error :
                 expression->typeCheck(environment, ValueType::Bool).errors) {
                add(line, where(), error);
            }
            references(*expression, line, where);
        };
        const auto effects = [&](const std::vector<Effect>& list, const auto& where) {
            for (const Effect& effect : list) {
                const auto context = [&] {
                    return where() + ", " + opName(effect.op) + " " + quoted(effect.variable);
                };
                for (const std::string& error : effect.typeCheck(environment)) {
                    add(effect.sourceLine, context(), error);
                }
                references(effect.value, effect.sourceLine, context);
            }
        };
        effects(node.onEnter, [&] { return "on entering node " + quoted(node.id); });
        for (const Line& line : node.lines) {
            condition(line.condition, line.sourceLine,
                      [&] { return "condition of line " + quoted(line.id); });
        }
        for (const Choice& choice : node.choices) {
            condition(choice.condition, choice.sourceLine,
                      [&] { return "condition of choice " + quoted(choice.id); });
            effects(choice.effects, [&] { return "choice " + quoted(choice.id); });
        }
        for (const Branch& branch : node.branches) {
            condition(branch.condition, branch.sourceLine,
                      [&] { return "branch condition in node " + quoted(node.id); });
        }
    }
    return issues;
}

} // namespace respect::engine::dialogue
