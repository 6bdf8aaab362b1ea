#pragma once
// Looks texts up in a chain of catalogs, most preferred first ("nl-BE", then "nl"), and falls
// back to the source text. A catalog's unit is used only when it is translated (approved, or
// state translated/final) and was translated from exactly the current source text; a missing,
// unfinished or stale unit passes the question to the next catalog, and finally to the source.

#include <engine/i18n/Catalog.hpp>
#include <engine/io/ContentRoot.hpp>
#include <engine/xml/Limits.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace respect::engine::i18n {

class Translator {
public:
    /// No catalogs: every text is its source. The source language is "en".
    Translator();
    /// `chain` in order of preference. `sourceLanguage` chooses the plural rule of source
    /// texts; "" takes the first catalog's source-language ("en" without catalogs).
    explicit Translator(std::vector<Catalog> chain, std::string sourceLanguage = {});

    /// The catalogs of languageFallbacks(language) that exist, found by replacing "{lang}" in
    /// `pathPattern` ("locales/{lang}/ui.xlf"). Missing files are skipped; a broken one throws
    /// engine::Error. Throws std::invalid_argument when the pattern has no "{lang}".
    static Translator load(const io::ContentRoot& root, const std::string& pathPattern,
                           const std::string& language, const xml::Limits& limits = {});

    /// The translation of plain unit `id`, or `sourceText` (see above).
    std::string translate(std::string_view id, std::string_view sourceText) const;

    /// The plural form for `n` of plural unit `id` from the first catalog that has an up-to-date
    /// translation, chosen by that catalog's target-language rule; otherwise the source form
    /// chosen by the source language's rule. `sourceForms` are the source's forms (singular,
    /// plural); "" when it is empty. Placeholders are left for format().
    std::string translatePlural(std::string_view id, const std::vector<std::string>& sourceForms,
                                std::int64_t n) const;

    const std::vector<Catalog>& chain() const { return chain_; }
    const std::string& sourceLanguage() const { return sourceLanguage_; }

private:
    std::vector<Catalog> chain_;
    std::string sourceLanguage_;
};

} // namespace respect::engine::i18n
