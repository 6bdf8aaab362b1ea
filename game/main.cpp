// The `respect` program: parses the command line, then runs the game in a window (or
// headless) or one of the authoring subcommands.

#include <engine/app/HeadlessPlatform.hpp>
#include <engine/core/Error.hpp>
#include <game/GameMain.hpp>
#include <game/cli/Commands.hpp>
#include <game/cli/Options.hpp>

#ifdef RESPECT_WITH_SFML
#include <engine/sfml/SfmlPlatform.hpp>
#endif

#include <iostream>

namespace {

using namespace respect;

int startGame(const game::GameOptions& options, const char* argv0) {
    const engine::io::ContentRoot content(game::findDataFolder(options.dataFolder, argv0));
    if (options.headless) {
        engine::HeadlessPlatform platform;
        return game::runGame(options, platform, content);
    }
#ifdef RESPECT_WITH_SFML
    engine::sfml::SfmlPlatform platform(engine::sfml::WindowConfig{}, content);
    for (const auto& [id, path] : game::fontFiles()) {
        platform.loadFont(id, path);
    }
    return game::runGame(options, platform, content);
#else
    throw game::UsageError("this build has no window (RESPECT_WITH_SFML=OFF); use --headless");
#endif
}

int runSubcommand(const game::CommandLine& commandLine, const char* argv0) {
    const game::CommandStreams streams{std::cout, std::cerr};
    if (commandLine.subcommand == "check") {
        return game::runCheckCommand(commandLine.arguments, argv0, streams);
    }
    if (commandLine.subcommand == "run") {
        return game::runRunCommand(commandLine.arguments, argv0, streams);
    }
    if (commandLine.subcommand == "graph") {
        return game::runGraphCommand(commandLine.arguments, argv0, streams);
    }
    throw game::UsageError("'" + commandLine.subcommand + "' is not available yet");
}

} // namespace

int main(int argc, char** argv) {
    try {
        const auto commandLine =
            game::parseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
        switch (commandLine.command) {
        case game::CommandLine::Command::Help:
            std::cout << game::usageText();
            return 0;
        case game::CommandLine::Command::Version:
            std::cout << game::versionText() << '\n';
            return 0;
        case game::CommandLine::Command::Subcommand:
            return runSubcommand(commandLine, argv[0]);
        case game::CommandLine::Command::Play:
            break;
        }
        return startGame(commandLine.game, argv[0]);
    } catch (const game::UsageError& error) {
        std::cerr << "respect: " << error.what() << '\n';
    } catch (const engine::Error& error) {
        std::cerr << "respect: " << error.what() << '\n';
    } catch (const std::exception& error) {
        std::cerr << "respect: unexpected error: " << error.what() << '\n';
    }
    return 2;
}
