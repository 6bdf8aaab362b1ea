#pragma once
// The units of one XLIFF 1.2 file for one target language, in file order, looked up by id.
// parse()/load() read through the safe XML reader and throw engine::Error (`file:line:`) at
// the first problem; write() gives canonical XLIFF 1.2 text that parse() reads back to the
// same catalog and translate-toolkit (xliff2po) and Weblate read too.
//
// Reading: `<xliff version="1.2|1.1">` with one or more `<file source-language target-language>`
// (all for the same languages), units in `<body>` (also inside plain `<group>`s, which are not
// kept); `<group restype="x-gettext-plurals">` holds the forms `id[0]`, `id[1]`… of one plural
// unit. <source>/<target>/<note> are plain text: whitespace is kept under
// xml:space="preserve" (inherited), otherwise runs of whitespace become one space and both ends
// are trimmed. A <target> without `state` is translated; an empty <target> is no target.
// Other elements and attributes (header, context groups, alt-trans…) are ignored and not
// written back; the gettext header unit (restype="x-gettext-domain-header") is skipped.

#include <engine/i18n/TranslationUnit.hpp>
#include <engine/io/ContentRoot.hpp>
#include <engine/xml/Limits.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::i18n {

class Catalog {
public:
    /// An empty catalog. `original` is written as the <file original="..."> (the file the
    /// texts come from).
    Catalog(std::string sourceLanguage, std::string targetLanguage, std::string original = {});

    /// `fileName` names the text in diagnostics.
    static Catalog parse(std::string text, std::string fileName, const xml::Limits& limits = {});
    /// Reads `relative` inside the content root (sandboxed, size-capped); diagnostics name it.
    static Catalog load(const io::ContentRoot& root, const std::string& relative,
                        const xml::Limits& limits = {});

    const std::string& sourceLanguage() const { return sourceLanguage_; }
    const std::string& targetLanguage() const { return targetLanguage_; }
    const std::string& original() const { return original_; }
    /// The name given to parse()/load(); "" for a catalog built in code.
    const std::string& fileName() const { return fileName_; }

    const std::vector<TranslationUnit>& units() const { return units_; }
    std::size_t size() const { return units_.size(); }
    /// nullptr when no unit has this id.
    const TranslationUnit* find(std::string_view id) const;

    /// Appends a unit. Throws std::invalid_argument when its id is empty, taken, or ends like a
    /// plural form ("x[1]"), or when it has no form, or a plain unit has more than one.
    void add(TranslationUnit unit);
    /// Replaces the unit with the same id in place, or appends it; same checks as add().
    void set(TranslationUnit unit);
    /// Removes the unit; false when there was none.
    bool remove(std::string_view id);
    void clear();

    /// Canonical XLIFF 1.2: UTF-8, 2-space indent, units in catalog order, attributes in a
    /// fixed order, every <trans-unit> xml:space="preserve", a trailing newline. The same
    /// catalog always gives the same bytes. Throws engine::Error when a text holds a control
    /// character that XML 1.0 cannot carry (U+0001–U+001F other than tab, line feed, return).
    std::string write() const;
    /// write() to `path` through io::writeFileAtomically.
    void save(const std::filesystem::path& path) const;

private:
    void check(const TranslationUnit& unit) const;
    void reindex();

    std::string sourceLanguage_;
    std::string targetLanguage_;
    std::string original_;
    std::string fileName_;
    std::vector<TranslationUnit> units_;
    std::map<std::string, std::size_t, std::less<>> index_;
};

} // namespace respect::engine::i18n
