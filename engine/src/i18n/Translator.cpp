#include <engine/i18n/Language.hpp>
#include <engine/i18n/Translator.hpp>

#include <algorithm>
#include <stdexcept>

namespace respect::engine::i18n {
namespace {

constexpr std::string_view kLanguageSlot = "{lang}";

} // namespace

Translator::Translator() : sourceLanguage_("en") {}

Translator::Translator(std::vector<Catalog> chain, std::string sourceLanguage)
    : chain_(std::move(chain)), sourceLanguage_(std::move(sourceLanguage)) {
    if (sourceLanguage_.empty()) {
        sourceLanguage_ = chain_.empty() ? "en" : chain_.front().sourceLanguage();
    }
}

Translator Translator::load(const io::ContentRoot& root, const std::string& pathPattern,
                            const std::string& language, const xml::Limits& limits) {
    const std::size_t slot = pathPattern.find(kLanguageSlot);
    if (slot == std::string::npos) {
        throw std::invalid_argument("catalog path pattern '" + pathPattern +
                                    "' has no {lang} in it");
    }
    std::vector<Catalog> chain;
    for (const std::string& tag : languageFallbacks(language)) {
        std::string path = pathPattern;
        path.replace(slot, kLanguageSlot.size(), tag);
        if (root.contains(path)) {
            chain.push_back(Catalog::load(root, path, limits));
        }
    }
    return Translator(std::move(chain));
}

std::string Translator::translate(std::string_view id, std::string_view sourceText) const {
    for (const Catalog& catalog : chain_) {
        const TranslationUnit* unit = catalog.find(id);
        if (unit != nullptr && !unit->plural && unit->forms.size() == 1 &&
            unit->forms.front().source == sourceText && unit->isTranslated()) {
            return *unit->target();
        }
    }
    return std::string(sourceText);
}

std::string Translator::translatePlural(std::string_view id,
                                        const std::vector<std::string>& sourceForms,
                                        std::int64_t n) const {
    if (sourceForms.empty()) {
        return {};
    }
    for (const Catalog& catalog : chain_) {
        const TranslationUnit* unit = catalog.find(id);
        if (unit != nullptr && unit->plural && unit->isTranslated() &&
            unit->matchesSource(sourceForms)) {
            const std::size_t index =
                std::min(pluralFormIndex(catalog.targetLanguage(), n), unit->forms.size() - 1);
            return *unit->forms[index].target;
        }
    }
    return sourceForms[std::min(pluralFormIndex(sourceLanguage_, n), sourceForms.size() - 1)];
}

} // namespace respect::engine::i18n
