#pragma once
// Every interface string the player reads, by stable id, so it can be translated.
// The English source lives in UiStrings.cpp; catalogs override it per language.

#include <engine/i18n/Placeholders.hpp>
#include <engine/io/ContentRoot.hpp>

#include <map>
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

/// A language the game can be played in, named in that language ("Français").
struct LanguageOption {
    std::string tag;
    std::string name;
};

/// English plus every language that has `locales/<tag>/ui.xlf`, in a stable order.
std::vector<LanguageOption> availableLanguages(const engine::io::ContentRoot& content);

class UiText {
public:
    /// English, the source language.
    UiText();

    /// Switches to `language` ("fr", "nl-BE" → nl-BE, then nl, then English) from
    /// `locales/<tag>/ui.xlf`. A missing catalog means English; a broken one keeps English
    /// too and returns the error (file:line) for the player; "" on success.
    std::string setLanguage(const engine::io::ContentRoot& content, const std::string& language);
    const std::string& language() const { return language_; }

    /// The text for `id` in the current language; the id itself when unknown, so a
    /// missing string is visible instead of blank.
    const std::string& get(std::string_view id) const;
    /// get(id) with its {placeholders} replaced.
    std::string format(std::string_view id, const engine::i18n::PlaceholderValues& values) const;

private:
    std::map<std::string, std::string, std::less<>> texts_;
    std::string language_ = "en";
    mutable std::string missing_;
};

} // namespace respect::game
