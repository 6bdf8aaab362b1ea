#include <engine/dialogue/DialogueError.hpp>
#include <engine/dialogue/ExpressionError.hpp>

namespace respect::engine::dialogue {

DialogueError::DialogueError(const std::string& message, int sourceLine)
    : std::runtime_error(message), sourceLine_(sourceLine) {}

ExpressionError::ExpressionError(const std::string& reason, std::size_t column)
    : DialogueError(reason + " at column " + std::to_string(column)), reason_(reason),
      column_(column) {}

} // namespace respect::engine::dialogue
