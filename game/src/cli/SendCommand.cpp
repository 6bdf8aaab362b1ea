#include <engine/core/Error.hpp>
#include <game/cli/Commands.hpp>
#include <game/cli/Options.hpp>
#include <game/records/LrsDelivery.hpp>

#include <cstdlib>
#include <optional>
#include <ostream>

namespace respect::game {

int runSendCommand(const std::vector<std::string>& args, CommandStreams streams,
                   engine::http::HttpClient* client) {
    std::optional<std::filesystem::path> folder;
    LrsConfig config;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto value = [&]() -> const std::string& {
            if (i + 1 >= args.size()) {
                throw UsageError("send: " + args[i] + " needs a value");
            }
            return args[++i];
        };
        if (args[i] == "--lrs") {
            config.endpoint = value();
        } else if (args[i] == "--user") {
            config.username = value();
        } else if (!args[i].empty() && args[i][0] == '-') {
            throw UsageError("send: unknown option '" + args[i] + "'");
        } else if (!folder) {
            folder = args[i];
        } else {
            throw UsageError("send: one records folder at a time, got '" + args[i] + "' too");
        }
    }
    if (!folder || config.endpoint.empty()) {
        throw UsageError("send: respect send RECORDS-FOLDER --lrs URL [--user NAME]");
    }
    if (const char* password = std::getenv("RESPECT_LRS_PASSWORD")) {
        config.password = password; // not on the command line, where others could read it
    }
    if (client == nullptr) {
        streams.err << "respect: this build cannot send records (built without libcurl)\n";
        return 2;
    }
    try {
        const LrsSender sender(RecordsFolder(*folder), config);
        const LrsDelivery delivery = sender.send(*client);
        for (const auto& problem : delivery.problems) {
            streams.err << problem << '\n';
        }
        streams.out << config.endpoint << ": " << delivery.sent << " sent, " << delivery.refused
                    << " refused, " << delivery.waiting << " waiting\n";
        return delivery.refused == 0 && delivery.waiting == 0 ? 0 : 1;
    } catch (const engine::Error& problem) {
        streams.err << problem.what() << '\n';
        return 2;
    }
}

} // namespace respect::game
