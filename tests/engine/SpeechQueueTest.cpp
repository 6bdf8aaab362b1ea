// SpeechQueue with a fake backend that can be held blocked: the game thread never waits for
// speech, the latest request wins, and shutting down never hangs. Nothing here speaks.

#include <engine/core/Log.hpp>
#include <engine/speech/SpeechQueue.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

using namespace respect::engine;
using namespace std::chrono_literals;

namespace {

// Long enough never to fire on a loaded machine; reaching it means a real hang.
constexpr auto kPatience = 10s;

// What the fake backend did, shared with the test; it can hold open() and speak() on a gate.
struct BackendProbe {
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::string> calls; // "open", "speak fr:Bonjour", "cancel", "destroyed"
    bool holdOpen = false;
    bool holdSpeak = false;
    bool openFails = false;

    void record(const std::string& call) {
        {
            const std::lock_guard lock(mutex);
            calls.push_back(call);
        }
        changed.notify_all();
    }

    /// Blocks the calling (worker) thread while `hold` stays true.
    void waitWhileHeld(bool& hold) {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return !hold; });
    }

    void release() {
        {
            const std::lock_guard lock(mutex);
            holdOpen = false;
            holdSpeak = false;
        }
        changed.notify_all();
    }

    bool waitUntil(const std::function<bool(const std::vector<std::string>&)>& condition) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kPatience, [&] { return condition(calls); });
    }

    bool waitForCall(const std::string& call) {
        return waitUntil([&](const auto& seen) {
            return std::find(seen.begin(), seen.end(), call) != seen.end();
        });
    }

    std::vector<std::string> snapshot() {
        const std::lock_guard lock(mutex);
        return calls;
    }
};

class FakeBackend final : public SpeechBackend {
public:
    explicit FakeBackend(std::shared_ptr<BackendProbe> probe) : probe_(std::move(probe)) {}
    ~FakeBackend() override { probe_->record("destroyed"); }

    bool open(std::string& whyNot) override {
        probe_->record("open");
        probe_->waitWhileHeld(probe_->holdOpen);
        if (probe_->openFails) {
            whyNot = "no speech daemon";
            return false;
        }
        return true;
    }
    void speak(const std::string& utf8, const std::string& language) override {
        probe_->record("speak " + language + ":" + utf8);
        probe_->waitWhileHeld(probe_->holdSpeak);
    }
    void cancel() override { probe_->record("cancel"); }

private:
    std::shared_ptr<BackendProbe> probe_;
};

std::unique_ptr<SpeechBackend> fakeBackend(const std::shared_ptr<BackendProbe>& probe) {
    return std::make_unique<FakeBackend>(probe);
}

bool contains(const std::vector<std::string>& calls, const std::string& call) {
    return std::find(calls.begin(), calls.end(), call) != calls.end();
}

} // namespace

TEST_CASE("SpeechQueue sends what is said to the backend on its worker", "[speech][unit]") {
    const auto probe = std::make_shared<BackendProbe>();
    {
        SpeechQueue speech(fakeBackend(probe));
        CHECK(speech.available());
        speech.say("Bonjour", "fr");
        REQUIRE(probe->waitForCall("speak fr:Bonjour"));
        speech.stop();
        REQUIRE(probe->waitForCall("cancel"));
    }
    // A normal shutdown joins the worker, which closed the backend on its way out.
    const auto calls = probe->snapshot();
    REQUIRE_FALSE(calls.empty());
    CHECK(calls.front() == "open");
    CHECK(calls.back() == "destroyed");
}

TEST_CASE("While the backend is blocked, say returns at once and the latest request wins",
          "[speech][unit]") {
    const auto probe = std::make_shared<BackendProbe>();
    probe->holdSpeak = true;
    SpeechQueue speech(fakeBackend(probe));
    speech.say("first line", "en");
    REQUIRE(probe->waitForCall("speak en:first line"));

    // The worker is stuck inside speak(); the game thread must not notice.
    const auto start = std::chrono::steady_clock::now();
    speech.say("stale choice", "en");
    speech.say("Goeiedag", "nl-BE");
    CHECK(speech.available());
    CHECK(std::chrono::steady_clock::now() - start < 1s);

    probe->release();
    REQUIRE(probe->waitForCall("speak nl-BE:Goeiedag"));
    CHECK_FALSE(contains(probe->snapshot(), "speak en:stale choice"));
}

TEST_CASE("stop drops what was about to be said", "[speech][unit]") {
    const auto probe = std::make_shared<BackendProbe>();
    probe->holdSpeak = true;
    SpeechQueue speech(fakeBackend(probe));
    speech.say("one", "en");
    REQUIRE(probe->waitForCall("speak en:one"));
    speech.say("two", "en");
    speech.stop();
    probe->release();
    REQUIRE(probe->waitForCall("cancel"));
    CHECK_FALSE(contains(probe->snapshot(), "speak en:two"));
}

TEST_CASE("Destroying the queue while the backend hangs returns after the shutdown wait",
          "[speech][unit]") {
    std::vector<std::string> logged;
    const log::ScopedSink capture(
        [&](log::Level, const std::string& message) { logged.push_back(message); });
    const auto probe = std::make_shared<BackendProbe>();

    SECTION("hung while speaking") {
        probe->holdSpeak = true;
        auto speech = std::make_unique<SpeechQueue>(fakeBackend(probe), 50ms);
        speech->say("a line nobody will hear", "en");
        REQUIRE(probe->waitForCall("speak en:a line nobody will hear"));
        const auto start = std::chrono::steady_clock::now();
        speech.reset();
        CHECK(std::chrono::steady_clock::now() - start < 5s);
    }
    SECTION("hung while connecting") {
        probe->holdOpen = true;
        auto speech = std::make_unique<SpeechQueue>(fakeBackend(probe), 50ms);
        REQUIRE(probe->waitForCall("open"));
        speech->say("said before the backend answered", "en");
        const auto start = std::chrono::steady_clock::now();
        speech.reset();
        CHECK(std::chrono::steady_clock::now() - start < 5s);
    }

    REQUIRE(logged.size() == 1);
    CHECK(logged.front() ==
          "speech: the speech backend did not stop within 50 ms; leaving it behind");
    // The detached worker still owns the backend: once unblocked, it finishes and closes it
    // without speaking what was queued.
    probe->release();
    REQUIRE(probe->waitForCall("destroyed"));
    CHECK_FALSE(contains(probe->snapshot(), "speak en:said before the backend answered"));
}

TEST_CASE("A backend that fails to open makes the queue unavailable, logged once",
          "[speech][unit]") {
    std::vector<std::string> logged;
    const log::ScopedSink capture(
        [&](log::Level, const std::string& message) { logged.push_back(message); });
    const auto probe = std::make_shared<BackendProbe>();
    probe->openFails = true;
    {
        SpeechQueue speech(fakeBackend(probe));
        REQUIRE(probe->waitForCall("destroyed"));
        CHECK_FALSE(speech.available());
        speech.say("nobody listens", "en");
        speech.stop();
        CHECK_FALSE(speech.available());
    }
    CHECK(logged == std::vector<std::string>{"speech: unavailable: no speech daemon"});
    CHECK(probe->snapshot() == std::vector<std::string>{"open", "destroyed"});
}
