#pragma once
// Story-structure checks an author needs before playing: dangling targets, unreachable
// nodes, dead ends, loops that never end, possible soft-locks, and expression errors.

#include <engine/core/Diagnostic.hpp>

#include <string>
#include <vector>

namespace respect::engine::dialogue {

class DialogueGraph;
class TypeEnvironment;

struct GraphIssue {
    Severity severity = Severity::Error;
    std::string nodeId;
    int sourceLine = 0; ///< of the element at fault (choice, branch, node); 0 when unknown
    std::string message;

    Diagnostic toDiagnostic(const std::string& file) const {
        return Diagnostic{severity, file, sourceLine, message};
    }
};

/// Structure problems, in node order. Errors: unknown entry or target, no way out, a loop
/// that can never end. Warnings: unreachable node, possible soft-lock, branch without else,
/// branches after the else. With no entries every node counts as reachable.
std::vector<GraphIssue> analyze(const DialogueGraph& graph,
                                const std::vector<std::string>& entryNodeIds);

/// Type-checks every condition (must be bool) and effect, and checks that each
/// visited("...") / visits("...") names a node. All findings are errors.
std::vector<GraphIssue> checkExpressions(const DialogueGraph& graph,
                                         const TypeEnvironment& environment);

} // namespace respect::engine::dialogue
