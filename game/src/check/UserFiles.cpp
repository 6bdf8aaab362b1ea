#include <engine/audio/SoundHeader.hpp>
#include <engine/core/Error.hpp>
#include <engine/input/InputScript.hpp>
#include <engine/io/FileReader.hpp>
#include <engine/render/ImageHeader.hpp>
#include <engine/tiled/MapLoader.hpp>
#include <game/campaign/CampaignFiles.hpp>
#include <game/check/UserFiles.hpp>
#include <game/i18n/CatalogCheck.hpp>
#include <game/level/LevelFiles.hpp>
#include <game/play/Scenario.hpp>
#include <game/progress/ProgressStore.hpp>
#include <game/progress/SaveStore.hpp>
#include <game/progress/Settings.hpp>
#include <game/progress/SettingsStore.hpp>
#include <game/world/OfficeWorld.hpp>

#include <array>
#include <utility>

namespace respect::game {
namespace fs = std::filesystem;

namespace {

constexpr std::array<std::pair<FileKind, const char*>, 12> kKindNames{{
    {FileKind::Level, "level"},
    {FileKind::DiversityCode, "code"},
    {FileKind::Campaign, "campaign"},
    {FileKind::Map, "map"},
    {FileKind::Tileset, "tileset"},
    {FileKind::Translation, "translation"},
    {FileKind::Save, "save"},
    {FileKind::Settings, "settings"},
    {FileKind::Progress, "progress"},
    {FileKind::InputScript, "script"},
    {FileKind::Image, "image"},
    {FileKind::Sound, "sound"},
}};

/// The stores phrase their messages as "<file>: <what>"; a diagnostic names the file itself.
std::string withoutFilePrefix(const std::string& message, const std::string& file) {
    const std::string prefix = file + ": ";
    return message.compare(0, prefix.size(), prefix) == 0 ? message.substr(prefix.size()) : message;
}

void addWarnings(const std::vector<std::string>& warnings, const std::string& file,
                 engine::DiagnosticList& diagnostics) {
    for (const auto& warning : warnings) {
        diagnostics.warning(file, 0,
                            withoutFilePrefix(withoutFilePrefix(warning, file), "warning"));
    }
}

/// Maps and tilesets name their tilesets and images relative to themselves, inside a
/// content root: the data folder for a file in its levels/ or assets/, otherwise the
/// file's own folder.
struct RootedFile {
    engine::io::ContentRoot root;
    std::string relative;
};

RootedFile rooted(const fs::path& file, const CheckContext& context) {
    std::error_code error;
    const fs::path absolute = fs::weakly_canonical(file, error);
    if (context.data != nullptr && !error) {
        const fs::path inside = absolute.lexically_relative(context.data->path());
        const bool content =
            !inside.empty() && (*inside.begin() == "levels" || *inside.begin() == "assets");
        if (content && context.data->contains(inside.string())) {
            return {*context.data, inside.generic_string()};
        }
    }
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    return {engine::io::ContentRoot(folder), file.filename().string()};
}

// A map is played the way the game plays it: walls and furniture become physics bodies,
// and the player takes a few steps, so a shape Box2D cannot take is found here.
void checkMapWorld(const engine::tiled::Map& map, engine::DiagnosticList& diagnostics) {
    if (map.findObject("player-start") == nullptr) {
        diagnostics.warning(map.file, 0,
                            "no object named 'player-start': no level can use this map");
        return;
    }
    Level level;
    OfficeWorld world(map, level);
    engine::input::InputFrame walking;
    walking.setHeld(engine::input::Action::MoveRight, true);
    for (int step = 0; step < 10; ++step) {
        world.step(walking);
    }
}

void checkSave(const fs::path& file, const std::string& name, const CheckContext& context,
               engine::DiagnosticList& diagnostics) {
    std::string text;
    try {
        text = engine::io::readFileLimited(file, SaveStore::kMaxSaveBytes, name);
    } catch (const engine::Error& problem) {
        diagnostics.add(problem.diagnostic());
        return;
    }
    const SaveReadResult read = SaveStore::decode(text, name);
    if (read.status != SaveStatus::Ok) {
        diagnostics.error(name, 0, withoutFilePrefix(read.message, name));
        return;
    }
    if (context.data == nullptr) {
        return;
    }
    // The level it names, resumed as the game resumes it.
    auto loaded = Scenario::load(*context.data, read.save->levelFile, "en");
    if (auto* failure = std::get_if<std::string>(&loaded)) {
        diagnostics.error(name, 0,
                          "the save's level '" + read.save->levelFile +
                              "' cannot be played: " + *failure);
        return;
    }
    auto& scenario = *std::get<std::unique_ptr<Scenario>>(loaded);
    const SessionRestore restored = scenario.resume(*read.save);
    if (!restored.notice.empty()) {
        diagnostics.warning(name, 0, restored.notice);
    }
}

void checkByKind(FileKind kind, const fs::path& file, const std::string& name,
                 const CheckContext& context, engine::DiagnosticList& diagnostics) {
    switch (kind) {
    case FileKind::Level:
        if (context.code == nullptr) {
            diagnostics.error(name, 0, "cannot check a level without the Diversity Code");
            return;
        }
        loadCheckedLevel(file, name, *context.code, context.data, diagnostics);
        return;
    case FileKind::DiversityCode:
        loadDiversityCode(file, name, diagnostics);
        return;
    case FileKind::Campaign:
        loadCampaignFile(file, name, diagnostics);
        return;
    case FileKind::Map: {
        const RootedFile map = rooted(file, context);
        checkMapWorld(engine::tiled::loadMap(map.root, map.relative), diagnostics);
        return;
    }
    case FileKind::Tileset: {
        const RootedFile tileset = rooted(file, context);
        engine::tiled::loadTileset(tileset.root, tileset.relative);
        return;
    }
    case FileKind::Translation:
        checkCatalogFile(engine::io::ContentRoot(file.parent_path().empty() ? fs::path(".")
                                                                            : file.parent_path()),
                         file.filename().string(), name, {}, diagnostics);
        return;
    case FileKind::Save:
        checkSave(file, name, context, diagnostics);
        return;
    case FileKind::Settings: {
        std::vector<std::string> warnings;
        Settings::fromJson(
            engine::io::readFileLimited(file, SettingsStore::kMaxSettingsBytes, name), name,
            warnings);
        addWarnings(warnings, name, diagnostics);
        return;
    }
    case FileKind::Progress: {
        const ProgressLoad read = ProgressStore::decode(
            engine::io::readFileLimited(file, ProgressStore::kMaxProgressBytes, name), name);
        if (read.status == ProgressStatus::Corrupt || read.status == ProgressStatus::NewerVersion) {
            diagnostics.error(name, 0, withoutFilePrefix(read.message, name));
        }
        addWarnings(read.warnings, name, diagnostics);
        return;
    }
    case FileKind::InputScript:
        engine::input::InputScript::parse(
            engine::io::readFileLimited(file, engine::io::kDefaultMaxFileBytes, name), name);
        return;
    case FileKind::Image:
        // The header is all the game trusts before a decoder allocates the pixels.
        engine::checkPngHeader(engine::io::readFileLimited(file, engine::kMaxImageFileBytes, name),
                               name);
        return;
    case FileKind::Sound:
        // Effect or music cannot be told from the file: the larger, music's, bound applies.
        engine::checkSoundHeader(
            engine::io::readFileLimited(file, engine::kMaxMusicFileBytes, name), name);
        return;
    }
}

} // namespace

const char* fileKindName(FileKind kind) {
    for (const auto& [each, name] : kKindNames) {
        if (each == kind) {
            return name;
        }
    }
    return "level";
}

std::optional<FileKind> fileKindNamed(std::string_view name) {
    for (const auto& [kind, each] : kKindNames) {
        if (name == each) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<FileKind> fileKindOf(const fs::path& file) {
    const std::string extension = file.extension().string();
    const std::string name = file.filename().string();
    if (extension == ".xml") {
        if (name == "diversity-code.xml") {
            return FileKind::DiversityCode;
        }
        return isCampaignFile(file) ? FileKind::Campaign : FileKind::Level;
    }
    if (extension == ".json") {
        if (name == "settings.json") {
            return FileKind::Settings;
        }
        return name == "progress.json" ? FileKind::Progress : FileKind::Save;
    }
    if (extension == ".tmx") {
        return FileKind::Map;
    }
    if (extension == ".tsx") {
        return FileKind::Tileset;
    }
    if (extension == ".xlf" || extension == ".xliff") {
        return FileKind::Translation;
    }
    if (extension == ".txt") {
        return FileKind::InputScript;
    }
    if (extension == ".png") {
        return FileKind::Image;
    }
    if (extension == ".wav" || extension == ".ogg" || extension == ".flac") {
        return FileKind::Sound;
    }
    return std::nullopt;
}

void checkUserFile(FileKind kind, const fs::path& file, const std::string& displayName,
                   const CheckContext& context, engine::DiagnosticList& diagnostics) {
    try {
        checkByKind(kind, file, displayName, context, diagnostics);
    } catch (const engine::Error& problem) {
        diagnostics.add(problem.diagnostic());
    }
}

} // namespace respect::game
