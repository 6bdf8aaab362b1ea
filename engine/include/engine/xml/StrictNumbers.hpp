#pragma once
// Number parsing for content files: the whole string must be the number, with no spaces,
// no trailing junk and no silent wrap-around (unlike atoi, strtol or tinyxml2's queries).

#include <cstdint>
#include <string_view>

namespace respect::engine::xml {

/// Accepts an optional '+' or '-' then decimal digits ("+3", "-12", "007"). Returns false,
/// leaving `value` untouched, for anything else or when the number does not fit.
bool parseStrictInt(std::string_view text, std::int64_t& value);

/// Accepts an optional sign, digits with an optional '.' fraction (at least one digit in
/// all) and an optional exponent ("1.5", "-.5", "2e3"). Rejects "inf", "nan", hexadecimal,
/// spaces and numbers too large for a finite double; `value` is untouched on failure.
bool parseStrictNumber(std::string_view text, double& value);

} // namespace respect::engine::xml
