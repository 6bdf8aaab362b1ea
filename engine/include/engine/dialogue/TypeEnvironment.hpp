#pragma once
// The variable types an expression is checked against, without any values; build it from
// a VariableStore or declare names one by one.

#include <engine/dialogue/Value.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::dialogue {

class VariableStore;

class TypeEnvironment {
public:
    TypeEnvironment() = default;
    explicit TypeEnvironment(const VariableStore& store);

    /// Declares or re-declares a name.
    void declare(const std::string& name, ValueType type) { types_[name] = type; }
    std::optional<ValueType> find(std::string_view name) const;
    std::vector<std::string> names() const; ///< sorted
    /// The declared name closest to a misspelled one (at most two edits), or empty.
    std::string closestName(std::string_view misspelled) const;

private:
    std::map<std::string, ValueType, std::less<>> types_;
};

} // namespace respect::engine::dialogue
