#include "ExpressionParser.hpp"
#include "ExpressionTree.hpp"

#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/Expression.hpp>
#include <engine/dialogue/TypeEnvironment.hpp>

#include <algorithm>
#include <limits>

namespace respect::engine::dialogue {

namespace {

const char* article(ValueType type) {
    return type == ValueType::Int ? "an " : "a ";
}

std::string withArticle(ValueType type) {
    return article(type) + std::string(typeName(type));
}

// The sentences shared by the type checker and the evaluator.
std::string needs(const ExpressionTree& tree, std::uint32_t operand, ValueType actual,
                  const ExpressionNode& op, const char* wanted) {
    return tree.quote(operand) + " is " + withArticle(actual) + " but '" +
           std::string(tree.opText(op)) + "' needs " + wanted;
}

std::string mismatch(const ExpressionTree& tree, const ExpressionNode& op, ValueType left,
                     ValueType right, const char* wanted) {
    return "'" + std::string(tree.opText(op)) + "' needs " + wanted + ", but " +
           tree.quote(op.left) + " is " + withArticle(left) + " and " + tree.quote(op.right) +
           " is " + withArticle(right);
}

bool isComparison(ExpressionOp op) {
    return op == ExpressionOp::Less || op == ExpressionOp::LessEqual ||
           op == ExpressionOp::Greater || op == ExpressionOp::GreaterEqual;
}

class Evaluator {
public:
    Evaluator(const ExpressionTree& tree, const EvalContext& context)
        : tree_(tree), context_(context) {}

    Value eval(std::uint32_t index) const {
        const ExpressionNode& node = tree_.nodes[index];
        switch (node.op) {
        case ExpressionOp::BoolLiteral:
            return Value(node.number != 0);
        case ExpressionOp::IntLiteral:
            return Value(node.number);
        case ExpressionOp::StringLiteral:
            return tree_.strings[node.data];
        case ExpressionOp::Variable:
            if (const Value* value = context_.variable(tree_.name(node))) {
                return *value;
            }
            throw DialogueError("unknown variable '" + std::string(tree_.name(node)) + "'");
        case ExpressionOp::Visited:
            return Value(context_.nodeVisits(tree_.references[node.data]) > 0);
        case ExpressionOp::Visits:
            return Value(context_.nodeVisits(tree_.references[node.data]));
        case ExpressionOp::Not:
            return Value(!boolOperand(node.left, node));
        case ExpressionOp::Negate: {
            const std::int64_t operand = intOperand(node.left, node);
            if (operand == std::numeric_limits<std::int64_t>::min()) {
                overflow(index);
            }
            return Value(-operand);
        }
        case ExpressionOp::And:
            return Value(boolOperand(node.left, node) && boolOperand(node.right, node));
        case ExpressionOp::Or:
            return Value(boolOperand(node.left, node) || boolOperand(node.right, node));
        case ExpressionOp::Equal:
        case ExpressionOp::NotEqual: {
            const Value left = eval(node.left);
            const Value right = eval(node.right);
            if (left.type() != right.type()) {
                throw DialogueError(mismatch(tree_, node, left.type(), right.type(),
                                             "two values of the same type"));
            }
            return Value((left == right) == (node.op == ExpressionOp::Equal));
        }
        case ExpressionOp::Add:
            return add(index, node);
        default:
            break;
        }
        const std::int64_t a = intOperand(node.left, node);
        const std::int64_t b = intOperand(node.right, node);
        std::int64_t result = 0;
        switch (node.op) {
        case ExpressionOp::Less:
            return Value(a < b);
        case ExpressionOp::LessEqual:
            return Value(a <= b);
        case ExpressionOp::Greater:
            return Value(a > b);
        case ExpressionOp::GreaterEqual:
            return Value(a >= b);
        case ExpressionOp::Subtract:
            if (__builtin_sub_overflow(a, b, &result)) {
                overflow(index);
            }
            return Value(result);
        case ExpressionOp::Multiply:
            if (__builtin_mul_overflow(a, b, &result)) {
                overflow(index);
            }
            return Value(result);
        case ExpressionOp::Divide:
        case ExpressionOp::Modulo:
            if (b == 0) {
                throw DialogueError("division by zero in " + tree_.quote(index));
            }
            if (a == std::numeric_limits<std::int64_t>::min() && b == -1) {
                overflow(index);
            }
            return Value(node.op == ExpressionOp::Divide ? a / b : a % b);
        default:
            throw DialogueError("internal error: unknown expression operator");
        }
    }

private:
    [[noreturn]] void overflow(std::uint32_t index) const {
        throw DialogueError("integer overflow in " + tree_.quote(index));
    }

    bool boolOperand(std::uint32_t operand, const ExpressionNode& op) const {
        const Value value = eval(operand);
        if (!value.isBool()) {
            throw DialogueError(needs(tree_, operand, value.type(), op, "bools"));
        }
        return value.asBool();
    }

    std::int64_t intOperand(std::uint32_t operand, const ExpressionNode& op) const {
        const Value value = eval(operand);
        if (!value.isInt()) {
            throw DialogueError(needs(tree_, operand, value.type(), op, "ints"));
        }
        return value.asInt();
    }

    Value add(std::uint32_t index, const ExpressionNode& node) const {
        const Value left = eval(node.left);
        const Value right = eval(node.right);
        if (left.isInt() && right.isInt()) {
            std::int64_t result = 0;
            if (__builtin_add_overflow(left.asInt(), right.asInt(), &result)) {
                overflow(index);
            }
            return Value(result);
        }
        if (left.isString() && right.isString()) {
            return Value(left.asString() + right.asString());
        }
        if (left.isBool() || right.isBool()) {
            const std::uint32_t culprit = left.isBool() ? node.left : node.right;
            throw DialogueError(needs(tree_, culprit, ValueType::Bool, node, "ints or strings"));
        }
        throw DialogueError(
            mismatch(tree_, node, left.type(), right.type(), "two ints or two strings"));
    }

    const ExpressionTree& tree_;
    const EvalContext& context_;
};

class TypeChecker {
public:
    TypeChecker(const ExpressionTree& tree, const TypeEnvironment& environment,
                std::vector<std::string>& errors)
        : tree_(tree), environment_(environment), errors_(errors) {}

    // nullopt when an earlier error makes the type unknowable; that error is reported once.
    std::optional<ValueType> check(std::uint32_t index) {
        const ExpressionNode& node = tree_.nodes[index];
        switch (node.op) {
        case ExpressionOp::BoolLiteral:
            return ValueType::Bool;
        case ExpressionOp::IntLiteral:
            return ValueType::Int;
        case ExpressionOp::StringLiteral:
            return ValueType::String;
        case ExpressionOp::Variable: {
            const std::string_view name = tree_.name(node);
            if (auto type = environment_.find(name)) {
                return type;
            }
            std::string message = "unknown variable '" + std::string(name) + "'";
            const std::string suggestion = environment_.closestName(name);
            if (!suggestion.empty()) {
                message += " (did you mean '" + suggestion + "'?)";
            }
            errors_.push_back(std::move(message));
            return std::nullopt;
        }
        case ExpressionOp::Visited:
            return ValueType::Bool;
        case ExpressionOp::Visits:
            return ValueType::Int;
        case ExpressionOp::Not:
            expect(node.left, node, ValueType::Bool, "bools");
            return ValueType::Bool;
        case ExpressionOp::Negate:
            expect(node.left, node, ValueType::Int, "ints");
            return ValueType::Int;
        case ExpressionOp::And:
        case ExpressionOp::Or:
            expect(node.left, node, ValueType::Bool, "bools");
            expect(node.right, node, ValueType::Bool, "bools");
            return ValueType::Bool;
        case ExpressionOp::Equal:
        case ExpressionOp::NotEqual: {
            const auto left = check(node.left);
            const auto right = check(node.right);
            if (left && right && *left != *right) {
                errors_.push_back(
                    mismatch(tree_, node, *left, *right, "two values of the same type"));
            }
            return ValueType::Bool;
        }
        case ExpressionOp::Add:
            return checkAdd(node);
        default:
            break;
        }
        expect(node.left, node, ValueType::Int, "ints");
        expect(node.right, node, ValueType::Int, "ints");
        return isComparison(node.op) ? ValueType::Bool : ValueType::Int;
    }

private:
    void expect(std::uint32_t operand, const ExpressionNode& op, ValueType wanted,
                const char* wantedText) {
        const auto type = check(operand);
        if (type && *type != wanted) {
            errors_.push_back(needs(tree_, operand, *type, op, wantedText));
        }
    }

    std::optional<ValueType> checkAdd(const ExpressionNode& node) {
        const auto left = check(node.left);
        const auto right = check(node.right);
        bool bad = false;
        for (const auto& [type, operand] :
             {std::pair{left, node.left}, std::pair{right, node.right}}) {
            if (type == ValueType::Bool) {
                errors_.push_back(needs(tree_, operand, *type, node, "ints or strings"));
                bad = true;
            }
        }
        if (bad || !left || !right) {
            return bad ? std::nullopt : (left ? left : right);
        }
        if (*left != *right) {
            errors_.push_back(mismatch(tree_, node, *left, *right, "two ints or two strings"));
            return std::nullopt;
        }
        return left;
    }

    const ExpressionTree& tree_;
    const TypeEnvironment& environment_;
    std::vector<std::string>& errors_;
};

void addUnique(std::vector<std::string>& list, std::string_view item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) {
        list.emplace_back(item);
    }
}

const std::string& emptyString() {
    static const std::string empty;
    return empty;
}

} // namespace

Expression Expression::parse(std::string_view text) {
    return Expression(ExpressionParser::parse(text));
}

Expression Expression::constant(const Value& value) {
    auto tree = std::make_shared<ExpressionTree>();
    std::string source = value.toString();
    ExpressionNode node;
    node.end = static_cast<std::uint32_t>(source.size());
    switch (value.type()) {
    case ValueType::Bool:
        node.op = ExpressionOp::BoolLiteral;
        node.number = value.asBool() ? 1 : 0;
        break;
    case ValueType::Int:
        node.op = ExpressionOp::IntLiteral;
        node.number = value.asInt();
        break;
    case ValueType::String:
        node.op = ExpressionOp::StringLiteral;
        tree->strings.push_back(value);
        break;
    }
    tree->finish(std::move(source), {node}, 0);
    return Expression(std::move(tree));
}

const std::string& Expression::source() const {
    return tree_ ? tree_->source : emptyString();
}

Value Expression::evaluate(const EvalContext& context) const {
    if (!tree_) {
        throw DialogueError("cannot evaluate an empty expression");
    }
    try {
        return Evaluator(*tree_, context).eval(tree_->root);
    } catch (const DialogueError& error) {
        // Name the whole expression (once): the author must find it among many.
        const std::string message = error.what();
        if (message.find("'" + tree_->source + "'") != std::string::npos) {
            throw;
        }
        throw DialogueError(message + " (in '" + tree_->source + "')", error.sourceLine());
    }
}

bool Expression::test(const EvalContext& context) const {
    const Value value = evaluate(context);
    if (!value.isBool()) {
        throw DialogueError("condition '" + source() + "' is " + withArticle(value.type()) +
                            ", not a bool");
    }
    return value.asBool();
}

TypeCheckResult Expression::typeCheck(const TypeEnvironment& environment) const {
    TypeCheckResult result;
    if (!tree_) {
        result.errors.push_back("empty expression");
        return result;
    }
    result.type = TypeChecker(*tree_, environment, result.errors).check(tree_->root);
    return result;
}

TypeCheckResult Expression::typeCheck(const TypeEnvironment& environment,
                                      ValueType expected) const {
    TypeCheckResult result = typeCheck(environment);
    if (result.type && *result.type != expected) {
        result.errors.push_back("'" + source() + "' is " + withArticle(*result.type) + " but " +
                                withArticle(expected) + " is expected here");
    }
    return result;
}

std::vector<std::string> Expression::variables() const {
    std::vector<std::string> out;
    if (tree_) {
        for (std::uint32_t i = 0; i <= tree_->root; ++i) {
            const ExpressionNode& node = tree_->nodes[i];
            if (node.op == ExpressionOp::Variable) {
                addUnique(out, tree_->name(node));
            }
        }
    }
    return out;
}

std::vector<std::string> Expression::visitedReferences() const {
    std::vector<std::string> out;
    if (tree_) {
        for (std::uint32_t i = 0; i <= tree_->root; ++i) {
            const ExpressionNode& node = tree_->nodes[i];
            if (node.op == ExpressionOp::Visited || node.op == ExpressionOp::Visits) {
                addUnique(out, tree_->references[node.data]);
            }
        }
    }
    return out;
}

} // namespace respect::engine::dialogue
