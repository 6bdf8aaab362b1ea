#include <engine/core/Log.hpp>
#include <engine/speech/SpeechQueue.hpp>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <utility>

namespace respect::engine {

struct SpeechQueue::State {
    struct Request {
        std::string text;
        std::string language;
    };

    std::mutex mutex;
    std::condition_variable wake;     // game thread → worker: something to do
    std::condition_variable finished; // worker → destructor: done
    std::optional<Request> pending;   // only the latest request; older ones are stale
    bool cancelRequested = false;
    bool shutdownRequested = false;
    bool done = false;
    bool failed = false;
    std::string failure;
};

// Serves requests until shutdown. Backend calls happen with the mutex released, so say()
// never waits for them.
void SpeechQueue::serveRequests(State& state, SpeechBackend& backend) {
    std::unique_lock lock(state.mutex);
    for (;;) {
        state.wake.wait(lock, [&] {
            return state.shutdownRequested || state.pending || state.cancelRequested;
        });
        if (state.shutdownRequested) {
            return;
        }
        const auto request = std::exchange(state.pending, std::nullopt);
        state.cancelRequested = false;
        lock.unlock();
        if (request) {
            backend.speak(request->text, request->language);
        } else {
            backend.cancel();
        }
        lock.lock();
    }
}

// The worker owns the backend and shares the state: when the destructor gives up waiting and
// detaches it, nothing it touches can disappear under it. It never logs (the log sink is not
// thread-safe); failures are reported by the game thread.
void SpeechQueue::runWorker(std::shared_ptr<State> state, std::unique_ptr<SpeechBackend> backend) {
    std::string whyNot;
    if (backend->open(whyNot)) {
        serveRequests(*state, *backend);
        backend->cancel(); // a game that quits falls silent
    } else {
        const std::lock_guard lock(state->mutex);
        state->failed = true;
        state->failure = whyNot.empty() ? "the speech backend did not start" : whyNot;
        state->pending.reset();
    }
    backend.reset(); // closes the connection on this thread, within the destructor's wait
    {
        const std::lock_guard lock(state->mutex);
        state->done = true;
    }
    state->finished.notify_all();
}

SpeechQueue::SpeechQueue(std::unique_ptr<SpeechBackend> backend,
                         std::chrono::milliseconds shutdownWait)
    : state_(std::make_shared<State>()), shutdownWait_(shutdownWait),
      worker_(runWorker, state_, std::move(backend)) {}

SpeechQueue::~SpeechQueue() {
    std::unique_lock lock(state_->mutex);
    state_->shutdownRequested = true;
    state_->pending.reset();
    state_->wake.notify_all();
    const bool finished =
        state_->finished.wait_for(lock, shutdownWait_, [this] { return state_->done; });
    lock.unlock();
    if (finished) {
        worker_.join();
        return;
    }
    worker_.detach();
    log::warning("speech: the speech backend did not stop within " +
                 std::to_string(shutdownWait_.count()) + " ms; leaving it behind");
}

void SpeechQueue::say(std::string_view utf8, std::string_view language) {
    {
        const std::lock_guard lock(state_->mutex);
        if (!state_->failed) { // when it failed, nothing will ever speak: reported below
            state_->pending = State::Request{std::string(utf8), std::string(language)};
        }
    }
    state_->wake.notify_one();
    reportFailureOnce();
}

void SpeechQueue::stop() {
    {
        const std::lock_guard lock(state_->mutex);
        state_->pending.reset();
        state_->cancelRequested = !state_->failed;
    }
    state_->wake.notify_one();
    reportFailureOnce();
}

bool SpeechQueue::available() const {
    reportFailureOnce();
    const std::lock_guard lock(state_->mutex);
    return !state_->failed;
}

void SpeechQueue::reportFailureOnce() const {
    if (failureReported_) {
        return;
    }
    std::string failure;
    {
        const std::lock_guard lock(state_->mutex);
        if (!state_->failed) {
            return;
        }
        failure = state_->failure;
    }
    failureReported_ = true;
    log::warning("speech: unavailable: " + failure);
}

} // namespace respect::engine
