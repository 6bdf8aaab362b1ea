#include <game/cli/Options.hpp>

#ifndef RESPECT_VERSION
#define RESPECT_VERSION "0.0.0"
#endif

namespace respect::game {
namespace {

std::uint64_t parseCount(const std::string& flag, const std::string& text) {
    const bool digits = !text.empty() && text.size() <= 9 &&
                        text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoull(text) == 0) {
        throw UsageError(flag + " needs a positive whole number, got '" + text + "'");
    }
    return std::stoull(text);
}

} // namespace

CommandLine parseCommandLine(const std::vector<std::string>& args) {
    CommandLine result;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) {
                throw UsageError(arg + " needs a value (see respect --help)");
            }
            return args[++i];
        };
        if (i == 0 && !arg.empty() && arg[0] != '-') {
            if (arg == "check" || arg == "run" || arg == "graph" || arg == "extract" ||
                arg == "send") {
                result.command = CommandLine::Command::Subcommand;
                result.subcommand = arg;
                result.arguments.assign(args.begin() + 1, args.end());
                return result;
            }
            throw UsageError("unknown command '" + arg + "' (see respect --help)");
        }
        if (arg == "--help" || arg == "-h") {
            result.command = CommandLine::Command::Help;
        } else if (arg == "--version") {
            result.command = CommandLine::Command::Version;
        } else if (arg == "--frames") {
            result.game.frames = parseCount(arg, value());
        } else if (arg == "--screenshot") {
            const std::string& spec = value();
            const auto colon = spec.find(':');
            if (colon == std::string::npos || colon + 1 == spec.size()) {
                throw UsageError("--screenshot needs FRAME:FILE.png, got '" + spec + "'");
            }
            const auto frame = parseCount("--screenshot", spec.substr(0, colon));
            result.game.screenshots[frame] = spec.substr(colon + 1);
        } else if (arg == "--input-script") {
            result.game.inputScript = value();
        } else if (arg == "--frame-times") {
            result.game.frameTimes = value();
        } else if (arg == "--level") {
            result.game.level = value();
            if (result.game.level->empty()) {
                throw UsageError("--level needs a level file, got ''");
            }
        } else if (arg == "--lang") {
            result.game.language = value();
        } else if (arg == "--speech-log") {
            result.game.speechLog = value();
        } else if (arg == "--data") {
            result.game.dataFolder = value();
        } else if (arg == "--headless") {
            result.game.headless = true;
        } else if (arg == "--facilitator") {
            result.game.facilitator = true;
        } else {
            throw UsageError("unknown option '" + arg + "' (see respect --help)");
        }
    }
    return result;
}

std::string usageText() {
    return R"(Respect - a serious game about diversity and respect at work

Usage:
  respect [OPTIONS]                 start the game in a window
  respect check [--strict] [--coverage] [--data DIR] [PATH...]
                                    validate levels, the campaign, the Diversity Code and
                                    the translations (default: all shipped content), or
                                    any file the game reads (.tmx .tsx .xlf .json .txt
                                    .png .wav .ogg .flac); exit 1 on errors; --coverage
                                    prints which encounters cover each dimension with
                                    colleagues and with customers
  respect run LEVEL --choose 1,2,1 [--lang L] [--json] [--debrief-html FILE] [--data DIR]
                                    play a level without a window, choosing by number;
                                    --lang plays it in language L (fr, nl, de, es...);
                                    --debrief-html saves the debrief as a printable page
      [--records DIR [--player NAME] [--email ADDRESS] [--player-id UUID]]
                                    also write the completion records (xAPI statements,
                                    HR's CSV, the certificate) into DIR
  respect extract [--lang fr,nl,...] [--data DIR]
                                    update the translation catalogs in locales/ from the
                                    interface, the Diversity Code and the levels
  respect graph LEVEL [--encounter ID] [--data DIR]
                                    print the dialogue as Graphviz DOT
  respect send RECORDS --lrs URL [--user NAME]
                                    send the xAPI statements waiting in a records folder to
                                    a Learning Record Store (password: RESPECT_LRS_PASSWORD)

Options:
  --level FILE                      start straight into the scenario FILE (in the data
                                    folder's levels/, or a path inside the data folder);
                                    leaving it leads to the title screen; a level with
                                    errors prints them and exits 2
  --data DIR                        game data folder (holds assets/, levels/, locales/);
                                    default: found next to the program
  --headless                        run without a window (for tests and tools)
  --frames N                        quit cleanly after N frames
  --screenshot N:FILE.png           save frame N as a PNG (repeatable)
  --input-script FILE               play timed actions from FILE (see README)
  --frame-times FILE                at exit, write the milliseconds of each drawn frame
                                    (events, update, draw, present; no sleep) to FILE
  --lang L                          play in language L (overrides the setting once)
  --facilitator                     team event: projector layout, the group votes at each
                                    choice, encounters can be replayed, a group debrief
  --speech-log FILE                 with "Read aloud" on, write what would be spoken to
                                    FILE instead of speaking
  --help                            show this help
  --version                         print the version

Exit status: 0 on success, 2 on a usage error or a content error.
)";
}

std::string versionText() {
    return std::string("respect ") + RESPECT_VERSION;
}

} // namespace respect::game
