#pragma once
// The `respect` command line: which subcommand, and the options that start the game.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace respect::game {

struct GameOptions {
    std::uint64_t frames = 0; ///< 0: run until the player quits
    std::map<std::uint64_t, std::filesystem::path> screenshots;
    std::optional<std::filesystem::path> inputScript;
    /// Write the milliseconds of each drawn frame to this file at exit (one a line).
    std::optional<std::filesystem::path> frameTimes;
    /// Start straight into this scenario (above the title screen): a file in the data
    /// folder's levels/, or a path to a level inside the data folder.
    std::optional<std::string> level;
    /// Text to speech writes what it would say to this file ("lang<TAB>text" lines)
    /// instead of speaking: for tests and for checking what a screen reader user hears.
    std::optional<std::filesystem::path> speechLog;
    /// Play in this language for this run (the settings keep theirs); "" uses the setting.
    std::string language;
    std::optional<std::filesystem::path> dataFolder;
    bool headless = false;
    /// Facilitator mode for team events: projector layout, group votes at each choice,
    /// forum-theatre replays and a group debrief.
    bool facilitator = false;
};

struct CommandLine {
    enum class Command { Play, Help, Version, Subcommand };
    Command command = Command::Play;
    GameOptions game;
    std::string subcommand;             ///< check, run, graph, extract
    std::vector<std::string> arguments; ///< everything after the subcommand
};

/// Parses argv (without argv[0]). Throws UsageError with a one-line message.
CommandLine parseCommandLine(const std::vector<std::string>& args);

/// The text of `respect --help`.
std::string usageText();
std::string versionText();

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace respect::game
