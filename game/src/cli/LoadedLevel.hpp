#pragma once
// The Diversity Code and one checked level, loaded for a subcommand; problems are printed
// to the error stream as `file:line: error: ...`.

#include <game/cli/Commands.hpp>
#include <game/code/DiversityCode.hpp>
#include <game/level/Level.hpp>

#include <memory>
#include <optional>

namespace respect::game {

struct LoadedLevel {
    DiversityCode code;
    Level level;
};

/// std::nullptr when the level has errors (they have been printed).
std::unique_ptr<LoadedLevel> loadLevelForCommand(const std::string& levelPath,
                                                 const std::optional<std::filesystem::path>& data,
                                                 const std::filesystem::path& executable,
                                                 CommandStreams streams);

} // namespace respect::game
