#pragma once
// Private: recursive-descent parser from text to ExpressionTree; throws ExpressionError.

#include "ExpressionTree.hpp"

#include <memory>
#include <string_view>

namespace respect::engine::dialogue {

class ExpressionParser {
public:
    static std::shared_ptr<const ExpressionTree> parse(std::string_view text);
};

} // namespace respect::engine::dialogue
