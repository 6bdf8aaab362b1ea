#pragma once
// The language a speech backend is asked for.

#include <string>
#include <string_view>

namespace respect::engine {

/// The primary subtag of a language tag, lower-cased: "nl-BE" → "nl", "pt_BR" → "pt".
/// Speech engines rarely have regional voices, and every one has a voice per language.
std::string primaryLanguageSubtag(std::string_view tag);

} // namespace respect::engine
