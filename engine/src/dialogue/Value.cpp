#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/Value.hpp>

#include <ostream>

namespace respect::engine::dialogue {

const char* typeName(ValueType type) {
    switch (type) {
    case ValueType::Bool:
        return "bool";
    case ValueType::Int:
        return "int";
    case ValueType::String:
        return "string";
    }
    return "?";
}

namespace {

[[noreturn]] void throwWrongType(const Value& value, ValueType wanted) {
    throw DialogueError(std::string("expected a value of type ") + typeName(wanted) + " but got " +
                        typeName(value.type()) + " " + value.toString());
}

} // namespace

bool Value::asBool() const {
    if (const auto* b = std::get_if<bool>(&data_)) {
        return *b;
    }
    throwWrongType(*this, ValueType::Bool);
}

std::int64_t Value::asInt() const {
    if (const auto* i = std::get_if<std::int64_t>(&data_)) {
        return *i;
    }
    throwWrongType(*this, ValueType::Int);
}

const std::string& Value::asString() const {
    if (const auto* s = std::get_if<std::string>(&data_)) {
        return *s;
    }
    throwWrongType(*this, ValueType::String);
}

std::string Value::toString() const {
    switch (type()) {
    case ValueType::Bool:
        return std::get<bool>(data_) ? "true" : "false";
    case ValueType::Int:
        return std::to_string(std::get<std::int64_t>(data_));
    case ValueType::String:
        break;
    }
    // Quoted with the same escapes the expression language reads back.
    std::string out = "\"";
    for (char c : std::get<std::string>(data_)) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    out += '"';
    return out;
}

std::ostream& operator<<(std::ostream& out, const Value& value) {
    return out << value.toString();
}

} // namespace respect::engine::dialogue
