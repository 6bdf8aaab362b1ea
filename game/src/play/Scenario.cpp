#include <engine/core/Error.hpp>
#include <engine/tiled/MapLoader.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/play/Scenario.hpp>
#include <game/progress/SessionSaving.hpp>

namespace respect::game {

namespace {

std::string firstError(const engine::DiagnosticList& diagnostics) {
    for (const auto& item : diagnostics.items()) {
        if (item.severity == engine::Severity::Error) {
            return item.format();
        }
    }
    return "unknown error";
}

} // namespace

std::variant<std::unique_ptr<Scenario>, std::string>
Scenario::load(const engine::io::ContentRoot& content, const std::string& levelFile) {
    const auto& data = content.path();
    engine::DiagnosticList diagnostics;
    auto code = loadDiversityCode(data / kDiversityCodePath, kDiversityCodePath, diagnostics);
    if (!code) {
        return firstError(diagnostics);
    }
    std::filesystem::path file;
    try {
        file = content.resolve(levelFile);
    } catch (const engine::Error& error) {
        return std::string(error.what());
    }
    auto level = loadCheckedLevel(file, levelFile, *code, &content, diagnostics);
    if (!level) {
        return firstError(diagnostics);
    }
    try {
        std::unique_ptr<engine::tiled::Map> map;
        if (!level->map.empty()) {
            map = std::make_unique<engine::tiled::Map>(
                engine::tiled::loadMap(content, "levels/" + level->map));
        }
        return std::make_unique<Scenario>(levelFile, std::move(*code), std::move(*level),
                                          std::move(map));
    } catch (const engine::Error& error) {
        return std::string(error.what());
    }
}

Scenario::Scenario(std::string levelFile, DiversityCode code, Level level,
                   std::unique_ptr<engine::tiled::Map> map)
    : levelFile_(std::move(levelFile)), code_(std::make_unique<DiversityCode>(std::move(code))),
      level_(std::make_unique<Level>(std::move(level))), map_(std::move(map)) {
    if (map_) {
        world_ = std::make_unique<OfficeWorld>(*map_, *level_);
    }
    session_ = std::make_unique<LevelSession>(*level_, *code_);
}

SaveGame Scenario::capture() const {
    SaveGame save = captureSave(*session_, levelFile_);
    if (world_) {
        save.playerXPixels = world_->player().feet.x;
        save.playerYPixels = world_->player().feet.y;
        save.playerFacing = world_->player().facing;
    }
    return save;
}

SessionRestore Scenario::resume(const SaveGame& save) {
    SessionRestore restored = resumeSession(*session_, save);
    if (world_) {
        world_->placePlayer(
            {static_cast<float>(save.playerXPixels), static_cast<float>(save.playerYPixels)},
            save.playerFacing);
    }
    return restored;
}

} // namespace respect::game
