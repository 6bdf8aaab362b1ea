#pragma once
// One line of dialogue. A line whose condition is false is skipped without a trace.

#include <engine/dialogue/Expression.hpp>

#include <optional>
#include <string>
#include <vector>

namespace respect::engine::dialogue {

struct Line {
    std::string id; ///< stable within its node; DialogueGraphBuilder fills an empty one
    int sourceLine = 0;
    std::string speaker;
    std::string text;
    std::optional<Expression> condition;
    std::vector<std::string> tags;
};

} // namespace respect::engine::dialogue
