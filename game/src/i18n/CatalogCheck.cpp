#include <engine/core/Error.hpp>
#include <engine/i18n/Catalog.hpp>
#include <engine/i18n/Placeholders.hpp>
#include <engine/io/ContentRoot.hpp>
#include <game/i18n/CatalogCheck.hpp>

#include <algorithm>
#include <cstdio>

namespace respect::game {

namespace fs = std::filesystem;
namespace i18n = engine::i18n;

namespace {

std::vector<fs::path> sortedEntries(const fs::path& folder, bool directories) {
    std::vector<fs::path> entries;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const bool isDirectory = it->is_directory(error);
        if (isDirectory == directories && (directories || it->path().extension() == ".xlf")) {
            entries.push_back(it->path());
        }
    }
    std::sort(entries.begin(), entries.end());
    return entries;
}

void addStats(i18n::CatalogStats& total, const i18n::CatalogStats& more) {
    total.total += more.total;
    total.translated += more.translated;
    total.stale += more.stale;
    total.missing += more.missing;
}

void checkPlaceholders(const i18n::Catalog& catalog, const std::string& file,
                       engine::DiagnosticList& diagnostics) {
    for (const auto& unit : catalog.units()) {
        for (const auto& form : unit.forms) {
            if (!form.target) {
                continue;
            }
            const auto check = i18n::checkPlaceholders(form.source, *form.target);
            if (!check.ok()) {
                diagnostics.warning(file, 0,
                                    "unit '" + unit.id + "': the translation " + check.message());
            }
        }
    }
}

std::string percent(double value) {
    char text[16];
    std::snprintf(text, sizeof text, "%.1f %%", value);
    return text;
}

std::string counts(const i18n::CatalogStats& stats) {
    return std::to_string(stats.translated) + " translated, " + std::to_string(stats.missing) +
           " missing, " + std::to_string(stats.stale) + " stale (" +
           percent(stats.percentTranslated()) + ")";
}

} // namespace

std::optional<engine::i18n::CatalogStats> checkCatalogFile(const engine::io::ContentRoot& root,
                                                           const std::string& relative,
                                                           const std::string& displayName,
                                                           const std::string& expectedLanguage,
                                                           engine::DiagnosticList& diagnostics) {
    try {
        const auto catalog = i18n::Catalog::load(root, relative);
        if (!expectedLanguage.empty() && catalog.targetLanguage() != expectedLanguage) {
            diagnostics.warning(displayName, 0,
                                "target-language is '" + catalog.targetLanguage() +
                                    "' but the catalog is in locales/" + expectedLanguage);
        }
        checkPlaceholders(catalog, displayName, diagnostics);
        return i18n::stats(catalog);
    } catch (const engine::Error& error) {
        diagnostics.add(error.diagnostic());
        return std::nullopt;
    }
}

std::vector<LanguageReport> checkCatalogs(const fs::path& dataFolder,
                                          engine::DiagnosticList& diagnostics) {
    std::vector<LanguageReport> reports;
    const engine::io::ContentRoot content(dataFolder);
    for (const auto& folder : sortedEntries(dataFolder / "locales", true)) {
        LanguageReport report;
        report.language = folder.filename().string();
        for (const auto& file : sortedEntries(folder, false)) {
            const std::string relative =
                "locales/" + report.language + "/" + file.filename().string();
            if (const auto stats =
                    checkCatalogFile(content, relative, relative, report.language, diagnostics)) {
                report.catalogs.push_back({relative, *stats});
                addStats(report.total, *stats);
            }
        }
        reports.push_back(std::move(report));
    }
    return reports;
}

std::string formatLanguageReport(const LanguageReport& report) {
    std::string text = "translations " + report.language + ": " +
                       std::to_string(report.total.total) + " units, " + counts(report.total) +
                       "\n";
    for (const auto& catalog : report.catalogs) {
        text += "  " + catalog.file + ": " + counts(catalog.stats) + "\n";
    }
    return text;
}

} // namespace respect::game
