#pragma once
// Speaks through a backend on a worker thread so that the game never waits for speech.
// say() only leaves the latest request for the worker (older ones are stale: the screen moved
// on) and returns. Backends may block for a long time, or forever: connecting to the speech
// daemon, or a daemon with no audio device. Keeping that off the game thread is this class's job.

#include <engine/speech/SpeechService.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace respect::engine {

/// What actually speaks. SpeechQueue calls it on its worker thread only, one call at a time,
/// and destroys it there too; any call may block.
class SpeechBackend {
public:
    virtual ~SpeechBackend() = default;
    /// Called once, before anything else. Returns false, with the reason in `whyNot`, when
    /// nothing can be spoken; the backend is then only destroyed.
    virtual bool open(std::string& whyNot) = 0;
    /// Interrupts what is being said, then says `utf8` in `language`.
    virtual void speak(const std::string& utf8, const std::string& language) = 0;
    /// Interrupts what is being said.
    virtual void cancel() = 0;
};

/// Its own methods are for one thread (the game's); only the worker runs concurrently.
class SpeechQueue final : public SpeechService {
public:
    static constexpr std::chrono::milliseconds kDefaultShutdownWait{300};

    /// Starts the worker, which opens the backend at once (so available() turns false early
    /// when speech is impossible).
    explicit SpeechQueue(std::unique_ptr<SpeechBackend> backend,
                         std::chrono::milliseconds shutdownWait = kDefaultShutdownWait);
    /// Asks the worker to cancel speech and close the backend, and waits for it at most
    /// `shutdownWait`. A backend still blocked after that is left behind: the worker is detached
    /// and owns everything it touches (the backend and the shared request slot), so it can finish
    /// or be ended with the process safely. Quitting the game must never hang on speech.
    ~SpeechQueue() override;
    SpeechQueue(const SpeechQueue&) = delete;
    SpeechQueue& operator=(const SpeechQueue&) = delete;

    void say(std::string_view utf8, std::string_view language) override;
    void stop() override;
    /// True until the backend failed to open. The failure is logged once, from the game thread.
    bool available() const override;

private:
    struct State; // the request slot shared with the worker, defined in the .cpp

    static void runWorker(std::shared_ptr<State> state, std::unique_ptr<SpeechBackend> backend);
    static void serveRequests(State& state, SpeechBackend& backend);
    void reportFailureOnce() const;

    std::shared_ptr<State> state_;
    std::chrono::milliseconds shutdownWait_;
    std::thread worker_;
    mutable bool failureReported_ = false;
};

} // namespace respect::engine
