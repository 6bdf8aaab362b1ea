#pragma once
// Every kind of file a trainer or a player can hand the game, read by the loader the game
// uses and checked the way `respect check` checks it, with every problem as a diagnostic.
// `respect check FILE`, the bad-input tests and the fuzz targets all go through here, so
// what they prove holds for the game.

#include <engine/core/Diagnostic.hpp>
#include <engine/io/ContentRoot.hpp>
#include <game/code/DiversityCode.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace respect::game {

enum class FileKind {
    Level,         ///< a scenario, levels/*.xml
    DiversityCode, ///< levels/diversity-code.xml
    Campaign,      ///< levels/campaign.xml, checked against the levels beside it
    Map,           ///< a Tiled .tmx map, with the tilesets and images it names
    Tileset,       ///< a Tiled .tsx tileset on its own
    Translation,   ///< an XLIFF 1.2 catalog, locales/<lang>/*.xlf
    Save,          ///< a save slot, <slot>.json
    Settings,      ///< settings.json
    Progress,      ///< progress.json
    InputScript,   ///< an input script (.txt) for `respect run --script`
    Image,         ///< a PNG sprite, portrait or tileset image
    Sound,         ///< a WAV, OGG or FLAC sound
};

/// "level", "code", "campaign", "map", "tileset", "translation", "save", "settings",
/// "progress", "script", "image", "sound".
const char* fileKindName(FileKind kind);
std::optional<FileKind> fileKindNamed(std::string_view name);
/// The kind a file's name says it is, or std::nullopt for a name the game never reads.
std::optional<FileKind> fileKindOf(const std::filesystem::path& file);

/// What some kinds are checked against: the data folder (assets, maps, levels a save names)
/// and the Diversity Code (a level's rules and dimensions). Either may be missing; the
/// checks that need it then say so.
struct CheckContext {
    const engine::io::ContentRoot* data = nullptr;
    const DiversityCode* code = nullptr;
};

/// Reads `file` as a file of `kind` and checks it; diagnostics name `displayName`, except
/// for maps and tilesets, whose messages name the file relative to its own folder (the root
/// its tilesets and images must stay in). Never throws for the file's contents.
void checkUserFile(FileKind kind, const std::filesystem::path& file, const std::string& displayName,
                   const CheckContext& context, engine::DiagnosticList& diagnostics);

} // namespace respect::game
