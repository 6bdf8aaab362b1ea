#pragma once
// An immutable, parsed condition or value such as `trust >= 2 and not visited("intro")`.
// Precedence, loosest first: or ||, and &&, not !, comparisons (not chained), + -, * / %,
// unary -. Copies share one tree, so copying is cheap.

#include <engine/dialogue/EvalContext.hpp>
#include <engine/dialogue/Value.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::dialogue {

class TypeEnvironment;
struct ExpressionTree; // defined in the source

/// The outcome of a static check: the expression's type when it could be worked out,
/// and every problem found, each a sentence for an author.
struct TypeCheckResult {
    std::optional<ValueType> type;
    std::vector<std::string> errors;

    bool ok() const { return errors.empty(); }
};

class Expression {
public:
    /// An empty expression: evaluating it throws, checking it reports "empty expression".
    Expression() = default;

    /// Throws ExpressionError (with a 1-based column) on a syntax error, an unknown function
    /// or a text longer than 100,000 characters.
    static Expression parse(std::string_view text);
    /// An expression that always yields `value`; its source is value.toString().
    static Expression constant(const Value& value);

    bool empty() const { return tree_ == nullptr; }
    const std::string& source() const;

    /// Throws DialogueError on unknown variables, type errors, division by zero, overflow.
    Value evaluate(const EvalContext& context) const;
    /// Evaluates a condition; throws DialogueError when the result is not a bool.
    bool test(const EvalContext& context) const;

    TypeCheckResult typeCheck(const TypeEnvironment& environment) const;
    /// As above, and also reports a result of another type than `expected`.
    TypeCheckResult typeCheck(const TypeEnvironment& environment, ValueType expected) const;

    /// Variable names used, in order of first use, without repeats.
    std::vector<std::string> variables() const;
    /// Node references inside visited("...") and visits("..."), first use order, no repeats.
    std::vector<std::string> visitedReferences() const;

private:
    friend class DialogueGraph; // reads the tree's address to prefetch it

    explicit Expression(std::shared_ptr<const ExpressionTree> tree) : tree_(std::move(tree)) {}

    std::shared_ptr<const ExpressionTree> tree_;
};

} // namespace respect::engine::dialogue
