#pragma once
// One translatable text of a Catalog: its source as recorded when it was translated, the
// translation (if any), how far the translation stands, and notes for translators. A plural
// unit has one form per plural form of the target language (XLIFF units `id[0]`, `id[1]`…);
// a plain unit has exactly one form.

#include <engine/i18n/TranslationState.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::i18n {

struct TranslationUnit {
    /// A <note>: `from` names its author ("developer", "translator"…; "" when unknown).
    struct Note {
        std::string from;
        std::string text;
        bool operator==(const Note& other) const {
            return from == other.from && text == other.text;
        }
    };

    /// One form. Forms beyond the source's own forms repeat its last form as their source
    /// (as translate-toolkit writes them).
    struct Form {
        std::string source;
        std::optional<std::string> target; ///< never an empty string: empty means none
    };

    std::string id; ///< a plural unit's base id ("apples", whose forms are "apples[0]"…)
    bool plural = false;
    std::vector<Form> forms; ///< one for a plain unit; at least one for a plural unit
    TranslationState state = TranslationState::New;
    bool approved = false; ///< approved="yes": reviewed, final whatever the state says
    std::vector<Note> notes;
    int line = 0; ///< of the <trans-unit> or plural <group> it was read from; 0 when built

    /// The (first form's) source text; "" when there are no forms.
    const std::string& source() const;
    /// The (first form's) target; std::nullopt when there is none.
    const std::optional<std::string>& target() const;
    /// Every form has a target.
    bool hasTarget() const;
    /// hasTarget(), and approved or in state Translated or Final: fit to show to players.
    bool isTranslated() const;
    /// True when the recorded sources are `sourceForms` (one text for a plain unit; the
    /// source's plural forms, the last one repeated for any further recorded form).
    bool matchesSource(const std::vector<std::string>& sourceForms) const;
};

} // namespace respect::engine::i18n
