#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <game/records/RecordsUploader.hpp>

namespace respect::game {

RecordsUploader::RecordsUploader(ClientFactory makeClient) : makeClient_(std::move(makeClient)) {
    if (makeClient_) {
        worker_ = std::thread([this] { work(); });
    }
}

RecordsUploader::~RecordsUploader() {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        jobs_.clear();
    }
    wake_.notify_all();
    if (worker_.joinable()) {
        worker_.join();
    }
}

void RecordsUploader::send(RecordsFolder folder, LrsConfig config) {
    if (!makeClient_) {
        const std::lock_guard<std::mutex> lock(mutex_);
        problems_.push_back("this build cannot send records to a Learning Record Store "
                            "(built without libcurl); they stay in " +
                            folder.path().string());
        return;
    }
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        jobs_.push_back({std::move(folder), std::move(config)});
    }
    wake_.notify_one();
}

void RecordsUploader::waitUntilIdle() {
    std::unique_lock<std::mutex> lock(mutex_);
    idle_.wait(lock, [this] { return jobs_.empty() && !busy_; });
}

std::vector<std::string> RecordsUploader::takeProblems() {
    const std::lock_guard<std::mutex> lock(mutex_);
    return std::exchange(problems_, {});
}

void RecordsUploader::work() {
    std::unique_ptr<engine::http::HttpClient> client;
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
        if (stopping_) {
            return;
        }
        Job job = std::move(jobs_.front());
        jobs_.pop_front();
        busy_ = true;
        lock.unlock();
        std::vector<std::string> problems;
        try {
            if (!client) {
                client = makeClient_();
            }
            const LrsSender sender(job.folder, job.config);
            problems = sender.send(*client).problems;
        } catch (const engine::Error& error) {
            problems.emplace_back(error.what());
        }
        for (const auto& problem : problems) {
            engine::log::warning(problem);
        }
        lock.lock();
        problems_.insert(problems_.end(), problems.begin(), problems.end());
        busy_ = false;
        if (jobs_.empty()) {
            idle_.notify_all();
        }
    }
}

} // namespace respect::game
