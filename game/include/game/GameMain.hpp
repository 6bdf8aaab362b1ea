#pragma once
// Starting the game: finding its data, and running the scenes on a platform.

#include <engine/app/Platform.hpp>
#include <engine/io/ContentRoot.hpp>
#include <game/cli/Options.hpp>
#include <game/records/RecordsUploader.hpp>
#include <game/ui/Narrator.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace respect::game {

/// The data folder (holding assets/, levels/, locales/): `given` if set, else
/// $RESPECT_DATA, else next to or above the executable, else the source tree it was
/// built from. Throws engine::Error when none holds the game's data.
std::filesystem::path findDataFolder(const std::optional<std::filesystem::path>& given,
                                     const std::filesystem::path& executable);

/// Font ids and the content paths the window backend loads for them.
const std::vector<std::pair<std::string, std::string>>& fontFiles();

/// Runs the title screen and everything after it until the player quits or the frame
/// limit is reached. Returns the process exit code. Throws engine::Error on a content
/// problem (a malformed input script, a screenshot that cannot be written). The player's
/// files are in the XDG folders; the scenario being played is autosaved on the way out.
/// `speech` receives what text to speech says (none: the option has no effect).
int runGame(const GameOptions& options, engine::Platform& platform,
            const engine::io::ContentRoot& content, Narrator::Sink speech = nullptr,
            RecordsUploader::ClientFactory httpClients = {});

} // namespace respect::game
