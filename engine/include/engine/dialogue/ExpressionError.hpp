#pragma once
// A syntax error in an expression: what() reads "expected ')' at column 14"; column() is
// 1-based within Expression::source().

#include <engine/dialogue/DialogueError.hpp>

#include <cstddef>
#include <string>

namespace respect::engine::dialogue {

class ExpressionError : public DialogueError {
public:
    ExpressionError(const std::string& reason, std::size_t column);

    std::size_t column() const { return column_; }
    /// The message without the column, e.g. "expected ')'".
    const std::string& reason() const { return reason_; }

private:
    std::string reason_;
    std::size_t column_ = 0;
};

} // namespace respect::engine::dialogue
