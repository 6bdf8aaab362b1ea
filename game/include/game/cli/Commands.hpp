#pragma once
// The authoring subcommands of `respect`: check, run and graph. Each returns the process
// exit code and writes only to the streams it is given.

#include <engine/http/HttpClient.hpp>

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace respect::game {

struct CommandStreams {
    std::ostream& out;
    std::ostream& err;
};

/// `respect check [--strict] [--data DIR] [PATH...]`: 0 clean, 1 errors, 2 usage.
int runCheckCommand(const std::vector<std::string>& args, const std::filesystem::path& executable,
                    CommandStreams streams);
/// `respect run LEVEL --choose 1,2,1 [--lang L] [--json] [--debrief-html FILE] [--data DIR]`: 0
/// played to the end (and the debrief page written when asked), 2 otherwise.
int runRunCommand(const std::vector<std::string>& args, const std::filesystem::path& executable,
                  CommandStreams streams);
/// `respect extract [--data DIR] [--lang fr,nl,...]`: updates locales/<lang>/ui.xlf,
/// diversity-code.xlf and <level-id>.xlf; 0 done, 1 a catalog or level could not be read.
int runExtractCommand(const std::vector<std::string>& args, const std::filesystem::path& executable,
                      CommandStreams streams);
/// `respect graph LEVEL [--encounter ID] [--data DIR]`: Graphviz DOT on `out`.
int runGraphCommand(const std::vector<std::string>& args, const std::filesystem::path& executable,
                    CommandStreams streams);

/// `respect send RECORDS --lrs URL [--user NAME]` (password from RESPECT_LRS_PASSWORD):
/// sends the folder's waiting xAPI statements. 0 all sent, 1 some refused or still
/// waiting, 2 usage or unreadable files. `client` is null in builds without HTTP.
int runSendCommand(const std::vector<std::string>& args, CommandStreams streams,
                   engine::http::HttpClient* client);

} // namespace respect::game
