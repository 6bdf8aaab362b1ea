#pragma once
// XLIFF names the forms of plural unit "x" "x[0]", "x[1]"…; a plain unit id must not look
// like one (translate-toolkit would take it for a plural form).

#include <string_view>

namespace respect::engine::i18n::detail {

/// True for ids such as "x[0]" or "a.b[12]".
bool endsLikePluralForm(std::string_view id);

} // namespace respect::engine::i18n::detail
