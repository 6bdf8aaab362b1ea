#pragma once
// What an expression reads while it is evaluated: variables, and how often story nodes
// were visited. The Runner is one; StoreContext is a plain one for tools and tests.

#include <engine/dialogue/Value.hpp>

#include <string_view>

namespace respect::engine::dialogue {

class EvalContext {
public:
    virtual ~EvalContext() = default;

    /// The variable's value, or nullptr when there is no such variable.
    virtual const Value* variable(std::string_view name) const = 0;
    /// Visits of the node `reference` names, as written in visited("...") / visits("...").
    /// Throws DialogueError when the reference names no node.
    virtual int nodeVisits(std::string_view reference) const = 0;
};

} // namespace respect::engine::dialogue
