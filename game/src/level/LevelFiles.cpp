#include <engine/core/Error.hpp>
#include <engine/xml/Document.hpp>
#include <game/level/LevelChecker.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/level/LevelLoader.hpp>

#include <algorithm>

namespace respect::game {

bool isScenarioFile(const std::filesystem::path& file) {
    return file.extension() == ".xml" && file.filename() != "diversity-code.xml" &&
           !isCampaignFile(file);
}

bool isCampaignFile(const std::filesystem::path& file) {
    return file.filename() == "campaign.xml";
}

std::vector<std::filesystem::path> scenarioFiles(const std::filesystem::path& dataFolder) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dataFolder / "levels", error)) {
        if (isScenarioFile(entry.path()) && entry.is_regular_file(error)) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::optional<DiversityCode> loadDiversityCode(const std::filesystem::path& file,
                                               const std::string& displayName,
                                               engine::DiagnosticList& diagnostics) {
    try {
        const auto document = engine::xml::Document::loadFile(file, displayName);
        const int before = diagnostics.errorCount();
        auto code = DiversityCode::fromXml(document, diagnostics);
        if (diagnostics.errorCount() > before) {
            return std::nullopt;
        }
        return code;
    } catch (const engine::Error& problem) {
        diagnostics.add(problem.diagnostic());
        return std::nullopt;
    }
}

std::optional<Level> loadCheckedLevel(const std::filesystem::path& file,
                                      const std::string& displayName, const DiversityCode& code,
                                      const engine::io::ContentRoot* data,
                                      engine::DiagnosticList& diagnostics,
                                      std::optional<engine::tiled::Map>* map) {
    try {
        const auto document = engine::xml::Document::loadFile(file, displayName);
        const int before = diagnostics.errorCount();
        auto level = loadLevel(document, diagnostics);
        if (level) {
            checkLevel(*level, code, data, diagnostics, map);
        }
        if (!level || diagnostics.errorCount() > before) {
            return std::nullopt;
        }
        return level;
    } catch (const engine::Error& problem) {
        diagnostics.add(problem.diagnostic());
        return std::nullopt;
    }
}

} // namespace respect::game
