#pragma once
// What `respect check` says about translations: for each language folder in locales/, each
// catalog's translated / missing / stale counts and the language's total percentage;
// catalogs that cannot be read (file:line), that are for another language, or whose
// translations lose or invent {placeholders}.

#include <engine/core/Diagnostic.hpp>
#include <engine/i18n/CatalogStats.hpp>
#include <engine/io/ContentRoot.hpp>

#include <filesystem>
#include <optional>
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

/// Reads one catalog (`relative` inside `root`) and checks its placeholders and, when
/// `expectedLanguage` is not empty, its target-language; diagnostics name `displayName`,
/// except the reader's own errors, which name `relative`. Its counts when it can be read.
std::optional<engine::i18n::CatalogStats> checkCatalogFile(const engine::io::ContentRoot& root,
                                                           const std::string& relative,
                                                           const std::string& displayName,
                                                           const std::string& expectedLanguage,
                                                           engine::DiagnosticList& diagnostics);

/// Reads every `<data>/locales/<lang>/*.xlf`; problems go to `diagnostics`. Languages in
/// folder-name order.
std::vector<LanguageReport> checkCatalogs(const std::filesystem::path& dataFolder,
                                          engine::DiagnosticList& diagnostics);

/// "fr: 453 units, 450 translated, 2 missing, 1 stale (99.3 %)" and one line per catalog.
std::string formatLanguageReport(const LanguageReport& report);

} // namespace respect::game
