#pragma once
// Every interface string the player reads, by stable id, so it can be translated.
// The English source lives in UiStrings.cpp; catalogs override it per language.

#include <string>
#include <string_view>
#include <vector>

namespace respect::game {

struct UiString {
    const char* id;
    const char* source; ///< English
    const char* note;   ///< context for translators
};

/// The source table, in a stable order (used by extraction).
const std::vector<UiString>& uiStrings();

class UiText {
public:
    /// The text for `id` in the current language; the id itself when unknown, so a
    /// missing string is visible instead of blank.
    const std::string& get(std::string_view id) const;

private:
    mutable std::string missing_;
};

} // namespace respect::game
