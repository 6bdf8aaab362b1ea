#include "LoadedLevel.hpp"

#include <engine/io/ContentRoot.hpp>
#include <game/GameMain.hpp>
#include <game/level/LevelFiles.hpp>

#include <ostream>

namespace respect::game {

std::unique_ptr<LoadedLevel> loadLevelForCommand(const std::string& levelPath,
                                                 const std::optional<std::filesystem::path>& data,
                                                 const std::filesystem::path& executable,
                                                 CommandStreams streams) {
    const auto dataPath = findDataFolder(data, executable);
    const engine::io::ContentRoot content(dataPath);
    engine::DiagnosticList diagnostics;
    auto code = loadDiversityCode(dataPath / kDiversityCodePath, kDiversityCodePath, diagnostics);
    std::optional<Level> level;
    if (code) {
        level = loadCheckedLevel(levelPath, levelPath, *code, &content, diagnostics);
    }
    for (const auto& item : diagnostics.items()) {
        if (item.severity == engine::Severity::Error) {
            streams.err << item.format() << '\n';
        }
    }
    if (!code || !level) {
        return nullptr;
    }
    return std::make_unique<LoadedLevel>(LoadedLevel{std::move(*code), std::move(*level)});
}

} // namespace respect::game
