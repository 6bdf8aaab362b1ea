#pragma once
// Sends records to a Learning Record Store on a worker thread, so a slow or unreachable
// LRS never holds up the game. Jobs are tried in order; what cannot be sent stays in the
// records folder for the next try (see LrsSender). Problems are kept for the player.

#include <game/records/LrsDelivery.hpp>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace respect::game {

class RecordsUploader {
public:
    using ClientFactory = std::function<std::unique_ptr<engine::http::HttpClient>()>;

    /// `makeClient` runs on the worker, on the first job; empty when this build cannot send.
    explicit RecordsUploader(ClientFactory makeClient);
    /// Lets the request under way finish (bounded by the client's timeout); jobs not
    /// started are dropped: their statements wait on disk.
    ~RecordsUploader();
    RecordsUploader(const RecordsUploader&) = delete;
    RecordsUploader& operator=(const RecordsUploader&) = delete;

    bool available() const { return static_cast<bool>(makeClient_); }
    /// Queues sending what waits in `folder` to `config`; returns at once.
    void send(RecordsFolder folder, LrsConfig config);
    /// Blocks until every queued job was tried (tests, and nothing else).
    void waitUntilIdle();
    /// Problems since the last call, one line each.
    std::vector<std::string> takeProblems();

private:
    struct Job {
        RecordsFolder folder;
        LrsConfig config;
    };
    void work();

    ClientFactory makeClient_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::deque<Job> jobs_;
    std::vector<std::string> problems_;
    bool busy_ = false;
    bool stopping_ = false;
    std::thread worker_;
};

} // namespace respect::game
