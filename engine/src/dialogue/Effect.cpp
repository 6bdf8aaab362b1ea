#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/Effect.hpp>
#include <engine/dialogue/TypeEnvironment.hpp>
#include <engine/dialogue/VariableStore.hpp>

namespace respect::engine::dialogue {

namespace {

std::string withArticle(ValueType type) {
    return (type == ValueType::Int ? "an " : "a ") + std::string(typeName(type));
}

} // namespace

const char* opName(Effect::Op op) {
    switch (op) {
    case Effect::Op::Set:
        return "set";
    case Effect::Op::Add:
        return "add";
    case Effect::Op::Subtract:
        return "subtract";
    }
    return "?";
}

Value Effect::compute(const Value& current, const EvalContext& context) const {
    Value operand = value.evaluate(context);
    if (op == Op::Set) {
        if (operand.type() != current.type()) {
            throw DialogueError("cannot set '" + variable + "' (" + withArticle(current.type()) +
                                    ") to " + operand.toString(),
                                sourceLine);
        }
        return operand;
    }
    if (!current.isInt() || !operand.isInt()) {
        throw DialogueError(std::string("cannot ") + opName(op) + " " + operand.toString() +
                                (op == Op::Add ? " to '" : " from '") + variable + "' (" +
                                withArticle(current.type()) + "): both must be ints",
                            sourceLine);
    }
    std::int64_t result = 0;
    const bool overflow = op == Op::Add
                              ? __builtin_add_overflow(current.asInt(), operand.asInt(), &result)
                              : __builtin_sub_overflow(current.asInt(), operand.asInt(), &result);
    if (overflow) {
        throw DialogueError("integer overflow changing '" + variable + "'", sourceLine);
    }
    return Value(result);
}

void Effect::apply(VariableStore& store, const EvalContext& context) const {
    const Value* current = store.find(variable);
    if (current == nullptr) {
        throw DialogueError("unknown variable '" + variable + "'", sourceLine);
    }
    store.set(variable, compute(*current, context));
}

std::vector<std::string> Effect::typeCheck(const TypeEnvironment& environment) const {
    std::vector<std::string> errors;
    const auto target = environment.find(variable);
    if (!target) {
        std::string message = "unknown variable '" + variable + "'";
        const std::string suggestion = environment.closestName(variable);
        if (!suggestion.empty()) {
            message += " (did you mean '" + suggestion + "'?)";
        }
        errors.push_back(std::move(message));
    }
    TypeCheckResult checked = value.typeCheck(environment);
    errors.insert(errors.end(), checked.errors.begin(), checked.errors.end());
    if (op != Op::Set) {
        if (target && *target != ValueType::Int) {
            errors.push_back("'" + variable + "' is " + withArticle(*target) + " but '" +
                             opName(op) + "' needs an int variable");
        }
        if (checked.type && *checked.type != ValueType::Int) {
            errors.push_back("'" + value.source() + "' is " + withArticle(*checked.type) +
                             " but '" + opName(op) + "' needs an int");
        }
    } else if (target && checked.type && *target != *checked.type) {
        errors.push_back("'" + variable + "' is " + withArticle(*target) + " but '" +
                         value.source() + "' is " + withArticle(*checked.type));
    }
    return errors;
}

} // namespace respect::engine::dialogue
