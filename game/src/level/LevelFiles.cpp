#include <engine/core/Error.hpp>
#include <engine/xml/Document.hpp>
#include <game/level/LevelChecker.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/level/LevelLoader.hpp>

namespace respect::game {

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
                                      engine::DiagnosticList& diagnostics) {
    try {
        const auto document = engine::xml::Document::loadFile(file, displayName);
        const int before = diagnostics.errorCount();
        auto level = loadLevel(document, diagnostics);
        if (level) {
            checkLevel(*level, code, data, diagnostics);
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
