#pragma once
// A change to one variable: set it, or add to / subtract from an int. Applied when a
// choice is taken or a node is entered.

#include <engine/dialogue/EvalContext.hpp>
#include <engine/dialogue/Expression.hpp>
#include <engine/dialogue/Value.hpp>

#include <string>
#include <vector>

namespace respect::engine::dialogue {

class TypeEnvironment;
class VariableStore;

struct Effect {
    enum class Op { Set, Add, Subtract };

    std::string variable;
    Op op = Op::Set;
    Expression value;
    int sourceLine = 0;

    /// The variable's next value given its current one; throws DialogueError on a type
    /// mismatch or int overflow.
    Value compute(const Value& current, const EvalContext& context) const;
    /// Stores compute(current) in the variable; throws DialogueError on an unknown variable.
    void apply(VariableStore& store, const EvalContext& context) const;
    /// Problems an author must fix: unknown variable, value of the wrong type, add/subtract
    /// on a non-int. Empty when the effect is sound.
    std::vector<std::string> typeCheck(const TypeEnvironment& environment) const;
};

/// "set", "add" or "subtract".
const char* opName(Effect::Op op);

} // namespace respect::engine::dialogue
