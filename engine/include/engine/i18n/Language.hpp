#pragma once
// Language tags and plural rules. Tags are BCP 47 style ("nl-BE"; "nl_BE" is read the same);
// plural rules follow gettext for the languages the engine knows: French counts 0 and 1 as
// singular; English, Dutch, German, Spanish and every language without its own rule here
// use "singular only for 1". Languages with three or more forms need a rule added here.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::i18n {

/// The language subtag in lower case: "nl-BE" → "nl", "FR" → "fr".
std::string primaryLanguage(std::string_view tag);

/// The tags to try in order, most specific first: "nl-BE" → {"nl-BE", "nl"};
/// "zh-Hant-TW" → {"zh-Hant-TW", "zh-Hant", "zh"}. Empty for an empty tag.
std::vector<std::string> languageFallbacks(std::string_view tag);

/// How many plural forms the language has (2 for all languages known here).
std::size_t pluralFormCount(std::string_view tag);

/// Which plural form (0 = singular) the language uses for the count `n` (sign ignored).
std::size_t pluralFormIndex(std::string_view tag, std::int64_t n);

} // namespace respect::engine::i18n
