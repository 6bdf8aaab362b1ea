#pragma once
// Typed variables shared by runners and the game: a name is declared once with its type,
// and set() refuses unknown names and type changes. Iteration is by name, so it is stable.

#include <engine/dialogue/Value.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::dialogue {

class VariableStore {
public:
    using Map = std::map<std::string, Value, std::less<>>;

    /// Throws DialogueError when the name is already declared or is not an identifier.
    void declare(const std::string& name, Value initial);
    bool has(std::string_view name) const { return values_.find(name) != values_.end(); }
    /// Throws DialogueError on an unknown name.
    const Value& get(std::string_view name) const;
    /// nullptr on an unknown name.
    const Value* find(std::string_view name) const;
    /// Throws DialogueError on an unknown name or when the value's type differs.
    void set(std::string_view name, Value value);
    /// Throws DialogueError on an unknown name.
    ValueType typeOf(std::string_view name) const { return get(name).type(); }

    std::vector<std::string> names() const; ///< sorted
    const Map& values() const { return values_; }
    std::size_t size() const { return values_.size(); }
    bool empty() const { return values_.empty(); }

    friend bool operator==(const VariableStore& a, const VariableStore& b) {
        return a.values_ == b.values_;
    }
    friend bool operator!=(const VariableStore& a, const VariableStore& b) { return !(a == b); }

private:
    Map values_;
};

/// True for names an expression can use: [A-Za-z_][A-Za-z0-9_.]*, not a keyword.
bool isValidVariableName(std::string_view name);

} // namespace respect::engine::dialogue
