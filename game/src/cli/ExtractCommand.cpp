// `respect extract`: brings every catalog in locales/ in line with the interface strings,
// the Diversity Code and the scenarios, keeping every translation (engine::i18n merge).

#include <engine/core/Error.hpp>
#include <engine/i18n/Catalog.hpp>
#include <engine/io/AtomicFile.hpp>
#include <engine/io/FileReader.hpp>
#include <game/GameMain.hpp>
#include <game/cli/Commands.hpp>
#include <game/cli/Options.hpp>
#include <game/i18n/ContentTexts.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/text/UiText.hpp>

#include <algorithm>
#include <ostream>
#include <sstream>

namespace respect::game {

namespace fs = std::filesystem;
namespace i18n = engine::i18n;

namespace {

/// The languages Respect ships; `--lang` may name others.
const std::vector<std::string> kShippedLanguages = {"fr", "nl", "de", "es"};

std::vector<std::string> splitList(const std::string& list) {
    std::vector<std::string> items;
    std::stringstream stream(list);
    for (std::string item; std::getline(stream, item, ',');) {
        if (!item.empty()) {
            items.push_back(item);
        }
    }
    return items;
}

std::vector<i18n::SourceText> uiSourceTexts() {
    std::vector<i18n::SourceText> units;
    for (const auto& s : uiStrings()) {
        i18n::SourceText unit;
        unit.id = s.id;
        unit.forms = {s.source};
        unit.notes = {{i18n::kDeveloperNote, s.note}};
        units.push_back(std::move(unit));
    }
    return units;
}

/// Merges `sources` into `<data>/<relative>` (created when missing) and reports what
/// changed. Throws engine::Error for a catalog that cannot be read: it is left untouched.
void updateCatalog(const fs::path& data, const std::string& relative,
                   const std::string& sourceLanguage, const std::string& language,
                   const std::string& original, const std::vector<i18n::SourceText>& sources,
                   std::ostream& out) {
    const fs::path file = data / relative;
    std::error_code error;
    const bool exists = fs::exists(file, error);
    i18n::Catalog catalog = exists
                                ? i18n::Catalog::parse(engine::io::readFileLimited(file), relative)
                                : i18n::Catalog(sourceLanguage, language, original);
    const i18n::MergeStats stats = i18n::mergeCatalog(catalog, sources);
    const std::string text = catalog.write();
    const bool same = exists && engine::io::readFileLimited(file) == text;
    if (!same) {
        fs::create_directories(file.parent_path());
        engine::io::writeFileAtomically(file, text);
    }
    out << relative << ": " << stats.added << " added, " << stats.changed << " changed, "
        << stats.removed << " removed, " << stats.kept << " kept" << (same ? " (unchanged)" : "")
        << '\n';
}

} // namespace

int runExtractCommand(const std::vector<std::string>& args, const fs::path& executable,
                      CommandStreams streams) {
    std::optional<fs::path> dataOption;
    std::vector<std::string> languages;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size()) {
                throw UsageError(args[i] + " needs a value");
            }
            return args[++i];
        };
        if (args[i] == "--data") {
            dataOption = value();
        } else if (args[i] == "--lang") {
            languages = splitList(value());
        } else {
            throw UsageError("unknown option '" + args[i] + "' for extract (see respect --help)");
        }
    }
    const fs::path data = findDataFolder(dataOption, executable);
    if (languages.empty()) {
        languages = kShippedLanguages;
    }
    engine::DiagnosticList diagnostics;
    const auto code = loadDiversityCode(data / kDiversityCodePath, kDiversityCodePath, diagnostics);
    if (!code) {
        streams.err << diagnostics.formatAll();
        return 1;
    }
    std::vector<Level> levels;
    const engine::io::ContentRoot content(data);
    for (const auto& file : scenarioFiles(data)) {
        const std::string name = "levels/" + file.filename().string();
        if (auto level = loadCheckedLevel(file, name, *code, &content, diagnostics)) {
            levels.push_back(std::move(*level));
        }
    }
    if (diagnostics.errorCount() > 0) {
        // Extracting from a level with errors would drop its units from the catalogs.
        streams.err << diagnostics.formatAll();
        return 1;
    }
    const auto ui = uiSourceTexts();
    const auto codeTexts = codeSourceTexts(*code);
    int failures = 0;
    for (const auto& language : languages) {
        const std::string folder = "locales/" + language + "/";
        try {
            updateCatalog(data, folder + "ui.xlf", "en", language, "game/src/text/UiStrings.cpp",
                          ui, streams.out);
            updateCatalog(data, folder + "diversity-code.xlf", "en", language, kDiversityCodePath,
                          codeTexts, streams.out);
            for (const auto& level : levels) {
                updateCatalog(data, folder + level.id + ".xlf", level.lang, language, level.file,
                              levelSourceTexts(level, *code), streams.out);
            }
        } catch (const engine::Error& error) {
            streams.err << error.what() << '\n';
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

} // namespace respect::game
