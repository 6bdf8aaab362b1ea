#include "PluralIds.hpp"

#include <algorithm>

namespace respect::engine::i18n::detail {

bool endsLikePluralForm(std::string_view id) {
    if (id.size() < 4 || id.back() != ']') {
        return false;
    }
    const std::size_t open = id.rfind('[');
    if (open == std::string_view::npos || open == 0 || open + 2 > id.size() - 1) {
        return false;
    }
    return std::all_of(id.begin() + static_cast<std::ptrdiff_t>(open) + 1, id.end() - 1,
                       [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace respect::engine::i18n::detail
