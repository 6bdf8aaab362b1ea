#pragma once
// Sending the records' xAPI statements to a Learning Record Store. The outbox is the
// records folder's xapi-statements.jsonl; lrs-delivery.json remembers, per LRS, how far
// it has been sent. Nothing is ever lost: an LRS that cannot be reached (or fails with a
// 5xx) leaves the rest waiting for the next attempt; a statement the LRS refuses with a
// 4xx is reported, noted with the answer, and not sent again.

#include <engine/http/HttpClient.hpp>
#include <game/records/RecordsFolder.hpp>

#include <string>
#include <vector>

namespace respect::game {

struct LrsConfig {
    std::string endpoint; ///< the LRS's xAPI root, "https://lrs.example.org/xapi"
    std::string username; ///< HTTP basic authentication (the LRS's key)
    std::string password; ///< (its secret)
};

struct LrsDelivery {
    std::size_t sent = 0;              ///< accepted this time (or already stored: 409)
    std::size_t refused = 0;           ///< refused this time with a 4xx; noted, not sent again
    std::size_t waiting = 0;           ///< not sent: the LRS could not be reached or failed
    std::vector<std::string> problems; ///< one line each, for the player or the log
};

class LrsSender {
public:
    static constexpr const char* kStateFile = "lrs-delivery.json";
    static constexpr std::size_t kBatch = 50;

    LrsSender(RecordsFolder folder, LrsConfig config)
        : folder_(std::move(folder)), config_(std::move(config)) {}

    /// Sends what is waiting, oldest first, in batches. Throws engine::Error only when the
    /// folder's files cannot be read or the progress cannot be saved.
    LrsDelivery send(engine::http::HttpClient& client) const;

    /// How many statements wait for this LRS.
    std::size_t waiting() const;

private:
    RecordsFolder folder_;
    LrsConfig config_;
};

} // namespace respect::game
