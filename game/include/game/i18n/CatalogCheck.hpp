#pragma once
// What `respect check` says about translations: for each language folder in locales/, each
// catalog's translated / missing / stale counts and the language's total percentage;
// catalogs that cannot be read (file:line), that are for another language, or whose
// translations lose or invent {placeholders}.

#include <engine/core/Diagnostic.hpp>
#include <engine/i18n/CatalogStats.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace respect::game {

struct CatalogReport {
    std::string file; ///< "locales/fr/ui.xlf"
    engine::i18n::CatalogStats stats;
};

struct LanguageReport {
    std::string language;
    std::vector<CatalogReport> catalogs; ///< the readable ones, by file name
    engine::i18n::CatalogStats total;
};

/// Reads every `<data>/locales/<lang>/*.xlf`; problems go to `diagnostics`. Languages in
/// folder-name order.
std::vector<LanguageReport> checkCatalogs(const std::filesystem::path& dataFolder,
                                          engine::DiagnosticList& diagnostics);

/// "fr: 453 units, 450 translated, 2 missing, 1 stale (99.3 %)" and one line per catalog.
std::string formatLanguageReport(const LanguageReport& report);

} // namespace respect::game
