#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/VariableStore.hpp>

namespace respect::engine::dialogue {

namespace {

bool isKeyword(std::string_view name) {
    return name == "and" || name == "or" || name == "not" || name == "true" || name == "false";
}

std::string quoted(std::string_view name) {
    return "'" + std::string(name) + "'";
}

} // namespace

bool isValidVariableName(std::string_view name) {
    if (name.empty() || isKeyword(name)) {
        return false;
    }
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (!letter(name[0]) && name[0] != '_') {
        return false;
    }
    for (char c : name) {
        if (!letter(c) && !digit(c) && c != '_' && c != '.') {
            return false;
        }
    }
    return true;
}

void VariableStore::declare(const std::string& name, Value initial) {
    if (!isValidVariableName(name)) {
        throw DialogueError(quoted(name) + " is not a valid variable name");
    }
    if (!values_.emplace(name, std::move(initial)).second) {
        throw DialogueError("variable " + quoted(name) + " is already declared");
    }
}

const Value& VariableStore::get(std::string_view name) const {
    if (const Value* value = find(name)) {
        return *value;
    }
    throw DialogueError("unknown variable " + quoted(name));
}

const Value* VariableStore::find(std::string_view name) const {
    const auto it = values_.find(name);
    return it == values_.end() ? nullptr : &it->second;
}

void VariableStore::set(std::string_view name, Value value) {
    const auto it = values_.find(name);
    if (it == values_.end()) {
        throw DialogueError("unknown variable " + quoted(name));
    }
    if (it->second.type() != value.type()) {
        throw DialogueError("variable " + quoted(name) + " is " +
                            (it->second.isInt() ? "an " : "a ") + typeName(it->second.type()) +
                            " and cannot hold " + value.toString());
    }
    it->second = std::move(value);
}

std::vector<std::string> VariableStore::names() const {
    std::vector<std::string> out;
    out.reserve(values_.size());
    for (const auto& [name, value] : values_) {
        out.push_back(name);
    }
    return out;
}

} // namespace respect::engine::dialogue
