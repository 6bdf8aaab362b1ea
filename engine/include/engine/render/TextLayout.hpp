#pragma once
// Word wrapping for UTF-8 text, measured by the canvas that will draw it.

#include <engine/render/Canvas.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace respect::engine {

/// Splits `text` into lines no wider than `maxWidth` pixels, breaking at spaces and at
/// explicit newlines. A single word wider than the line is broken between characters
/// (never inside a UTF-8 sequence).
std::vector<std::string> wrapText(Canvas& canvas, std::string_view text, const TextStyle& style,
                                  float maxWidth);

} // namespace respect::engine
