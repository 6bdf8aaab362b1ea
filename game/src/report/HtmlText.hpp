#pragma once
// Text made safe to place in HTML (element content and quoted attribute values).

#include <string>
#include <string_view>

namespace respect::game {

/// Escapes & < > " and ' so level text can never open a tag or leave an attribute.
std::string escapeHtml(std::string_view text);

} // namespace respect::game
