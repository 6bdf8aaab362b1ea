#pragma once
// A dialogue value: a bool, a 64-bit int or a string. Reading it as the wrong type throws
// DialogueError, so type mistakes surface instead of silently converting.

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

namespace respect::engine::dialogue {

enum class ValueType { Bool, Int, String };

/// "bool", "int" or "string".
const char* typeName(ValueType type);

class Value {
public:
    Value() = default; ///< false
    Value(bool value) : data_(value) {}
    // Any integer type except bool and characters, so Value(3) and Value(3LL) both work.
    template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool> &&
                                               !std::is_same_v<T, char>,
                                           int> = 0>
    Value(T value) : data_(static_cast<std::int64_t>(value)) {}
    Value(std::string value) : data_(std::move(value)) {}
    Value(std::string_view value) : data_(std::string(value)) {}
    Value(const char* value) : data_(std::string(value)) {}

    ValueType type() const { return static_cast<ValueType>(data_.index()); }
    bool isBool() const { return type() == ValueType::Bool; }
    bool isInt() const { return type() == ValueType::Int; }
    bool isString() const { return type() == ValueType::String; }

    bool asBool() const;
    std::int64_t asInt() const;
    const std::string& asString() const;

    /// For messages and debugging: true / false, decimal, or a quoted, escaped string.
    std::string toString() const;

    friend bool operator==(const Value& a, const Value& b) { return a.data_ == b.data_; }
    friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }

private:
    std::variant<bool, std::int64_t, std::string> data_;
};

std::ostream& operator<<(std::ostream& out, const Value& value);

} // namespace respect::engine::dialogue
