// The `respect` program: parses the command line, then runs the game in a window (or
// headless) or one of the authoring subcommands.

#include <engine/app/HeadlessPlatform.hpp>
#include <engine/core/Error.hpp>
#include <engine/speech/RecordingSpeech.hpp>
#include <engine/speech/SpeechService.hpp>
#include <game/GameMain.hpp>
#include <game/cli/Commands.hpp>
#include <game/cli/Options.hpp>

#ifdef RESPECT_WITH_SFML
#include <engine/sfml/SfmlPlatform.hpp>
#endif
#ifdef RESPECT_WITH_SPEECH
#include <engine/speechd/SpeechDispatcher.hpp>
#endif
#ifdef RESPECT_WITH_CURL
#include <engine/curl/CurlHttpClient.hpp>
#endif

#include <iostream>

namespace {

using namespace respect;

/// Text to speech, started on first use so a player who never turns it on never connects
/// to the speech service: the log file when asked, else speech-dispatcher when built in.
class LazySpeech {
public:
    explicit LazySpeech(std::optional<std::filesystem::path> log) : log_(std::move(log)) {}

    void say(std::string_view text, std::string_view language) {
        if (!service_) {
            if (log_) {
                service_ = std::make_unique<engine::RecordingSpeech>(*log_);
            } else {
#ifdef RESPECT_WITH_SPEECH
                service_ = engine::makeSpeechDispatcher("respect");
#else
                service_ = std::make_unique<engine::NullSpeech>();
#endif
            }
        }
        service_->say(text, language);
    }

private:
    std::optional<std::filesystem::path> log_;
    std::unique_ptr<engine::SpeechService> service_;
};

/// How the game posts records to a Learning Record Store: libcurl when built in.
game::RecordsUploader::ClientFactory httpClients() {
#ifdef RESPECT_WITH_CURL
    return [] { return engine::curl::makeCurlHttpClient(); };
#else
    return {};
#endif
}

int startGame(const game::GameOptions& options, const char* argv0) {
    const engine::io::ContentRoot content(game::findDataFolder(options.dataFolder, argv0));
    LazySpeech speech(options.speechLog);
    auto sink = [&speech](std::string_view text, std::string_view language) {
        speech.say(text, language);
    };
    if (options.headless) {
        engine::HeadlessPlatform platform;
        return game::runGame(options, platform, content, sink, httpClients());
    }
#ifdef RESPECT_WITH_SFML
    engine::sfml::SfmlPlatform platform(engine::sfml::WindowConfig{}, content);
    for (const auto& [id, path] : game::fontFiles()) {
        try {
            platform.loadFont(id, path);
        } catch (const engine::Error& error) {
            if (id == "regular") {
                throw; // without it there is no text at all
            }
            std::cerr << "respect: warning: " << error.what() << '\n';
        }
    }
    return game::runGame(options, platform, content, sink, httpClients());
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
    if (commandLine.subcommand == "extract") {
        return game::runExtractCommand(commandLine.arguments, argv0, streams);
    }
    if (commandLine.subcommand == "graph") {
        return game::runGraphCommand(commandLine.arguments, argv0, streams);
    }
    if (commandLine.subcommand == "send") {
#ifdef RESPECT_WITH_CURL
        const auto client = engine::curl::makeCurlHttpClient();
        return game::runSendCommand(commandLine.arguments, streams, client.get());
#else
        return game::runSendCommand(commandLine.arguments, streams, nullptr);
#endif
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
