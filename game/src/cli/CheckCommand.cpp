#include <engine/io/ContentRoot.hpp>
#include <game/GameMain.hpp>
#include <game/check/UserFiles.hpp>
#include <game/cli/Commands.hpp>
#include <game/cli/Options.hpp>
#include <game/i18n/CatalogCheck.hpp>
#include <game/level/Coverage.hpp>
#include <game/level/LevelFiles.hpp>

#include <algorithm>
#include <optional>
#include <ostream>

namespace respect::game {
namespace fs = std::filesystem;

namespace {

struct FileToCheck {
    fs::path path;
    std::string displayName;
};

std::vector<FileToCheck> xmlFilesIn(const fs::path& folder, const std::string& displayPrefix) {
    std::vector<FileToCheck> files;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        if (entry.path().extension() == ".xml" && entry.is_regular_file(error)) {
            files.push_back({entry.path(), displayPrefix + entry.path().filename().string()});
        }
    }
    std::sort(files.begin(), files.end(),
              [](const FileToCheck& a, const FileToCheck& b) { return a.path < b.path; });
    return files;
}

} // namespace

int runCheckCommand(const std::vector<std::string>& args, const fs::path& executable,
                    CommandStreams streams) {
    bool strict = false;
    bool coverage = false;
    std::optional<fs::path> dataFolder;
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--strict") {
            strict = true;
        } else if (args[i] == "--coverage") {
            coverage = true;
        } else if (args[i] == "--data" && i + 1 < args.size()) {
            dataFolder = args[++i];
        } else if (!args[i].empty() && args[i][0] == '-') {
            throw UsageError("check: unknown option '" + args[i] + "'");
        } else {
            paths.push_back(args[i]);
        }
    }
    const fs::path dataPath = findDataFolder(dataFolder, executable);
    const engine::io::ContentRoot data(dataPath);

    std::vector<FileToCheck> files;
    if (paths.empty()) {
        files = xmlFilesIn(dataPath / "levels", "levels/");
    }
    for (const auto& given : paths) {
        std::error_code error;
        if (fs::is_directory(given, error)) {
            auto inside = xmlFilesIn(given, (fs::path(given) / "").string());
            files.insert(files.end(), inside.begin(), inside.end());
        } else {
            files.push_back({given, given});
        }
    }

    engine::DiagnosticList diagnostics;
    const auto code =
        loadDiversityCode(dataPath / kDiversityCodePath, kDiversityCodePath, diagnostics);
    int checked = 0;
    std::vector<Level> levels;
    const CheckContext context{&data, code ? &*code : nullptr};
    for (const auto& file : files) {
        const auto kind = fileKindOf(file.path);
        if (!kind) {
            diagnostics.error(file.displayName, 0,
                              "not a file the game reads (levels, maps, tilesets, translations, "
                              "saves, settings, scripts, images and sounds can be checked)");
            continue;
        }
        ++checked;
        if (*kind == FileKind::Level) {
            // Kept for the coverage matrix. Without a readable code, its error says why.
            if (!code) {
                continue;
            }
            if (auto level =
                    loadCheckedLevel(file.path, file.displayName, *code, &data, diagnostics)) {
                levels.push_back(std::move(*level));
            }
        } else if (*kind != FileKind::DiversityCode || file.displayName != kDiversityCodePath) {
            // The campaign's scenarios are checked as levels when listed here too.
            checkUserFile(*kind, file.path, file.displayName, context, diagnostics);
        }
    }
    std::string matrix;
    if (coverage && code) {
        std::vector<const Level*> pointers;
        for (const auto& level : levels) {
            pointers.push_back(&level);
        }
        matrix = formatCoverage(computeCoverage(pointers, *code, diagnostics));
    }
    std::string translations;
    if (paths.empty()) {
        // The whole data folder: its translations too.
        for (const auto& report : checkCatalogs(dataPath, diagnostics)) {
            translations += formatLanguageReport(report);
        }
    }
    for (auto item : diagnostics.items()) {
        if (strict) {
            item.severity = engine::Severity::Error;
        }
        streams.out << item.format() << '\n';
    }
    streams.out << translations << matrix;
    const int errors =
        strict ? diagnostics.errorCount() + diagnostics.warningCount() : diagnostics.errorCount();
    const int warnings = strict ? 0 : diagnostics.warningCount();
    streams.out << "checked " << checked << (checked == 1 ? " file: " : " files: ") << errors
                << (errors == 1 ? " error, " : " errors, ") << warnings
                << (warnings == 1 ? " warning" : " warnings") << '\n';
    return errors > 0 ? 1 : 0;
}

} // namespace respect::game
