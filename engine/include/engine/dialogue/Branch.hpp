#pragma once
// One arm of an automatic branch: taken when its condition holds; no condition is "else".

#include <engine/dialogue/Expression.hpp>

#include <optional>
#include <string>

namespace respect::engine::dialogue {

struct Branch {
    std::optional<Expression> condition; ///< nullopt means else
    std::string target;                  ///< a node id, resolved like Choice::target
    int sourceLine = 0;
};

} // namespace respect::engine::dialogue
