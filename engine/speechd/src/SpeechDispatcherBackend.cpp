#include "SpeechDispatcherBackend.hpp"

#include <engine/core/SharedLibrary.hpp>
#include <engine/speech/SpeechLanguage.hpp>

#include <pthread.h>

#include <cctype>
#include <csignal>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>

namespace respect::engine {

namespace {

// libspeechd writes to a socket: if the daemon dies, a write raises SIGPIPE, which would end
// the game. SIGPIPE from a write goes to the writing thread, so blocking it here (the worker
// only) turns it into an EPIPE error that libspeechd reports as a failed call.
void ignoreBrokenPipesOnThisThread() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
}

// libspeechd hands out error messages allocated with malloc.
struct FreeCString {
    void operator()(char* text) const { std::free(text); }
};

/// libspeechd, opened by the speech worker the first time Read aloud speaks rather than at
/// every launch: it brings GLib and its dependencies with it.
struct SpeechdLibrary {
    decltype(&spd_open2) open2 = nullptr;
    decltype(&spd_close) close = nullptr;
    decltype(&spd_cancel) cancel = nullptr;
    decltype(&spd_set_language) setLanguage = nullptr;
    decltype(&spd_say) say = nullptr;
    std::string problem; ///< why it could not be opened; empty when it was

    static const SpeechdLibrary& get() {
        static const SpeechdLibrary library = load();
        return library;
    }

private:
    static SpeechdLibrary load() {
        SpeechdLibrary library;
        SharedLibrary speechd("libspeechd.so.2");
        speechd.find(library.open2, "spd_open2");
        speechd.find(library.close, "spd_close");
        speechd.find(library.cancel, "spd_cancel");
        speechd.find(library.setLanguage, "spd_set_language");
        speechd.find(library.say, "spd_say");
        library.problem = speechd.problem();
        return library;
    }
};

} // namespace

SpeechDispatcherBackend::SpeechDispatcherBackend(std::string clientName)
    : clientName_(std::move(clientName)) {}

SpeechDispatcherBackend::~SpeechDispatcherBackend() {
    if (connection_ != nullptr) { // only made once the library is loaded
        SpeechdLibrary::get().close(connection_);
    }
}

bool SpeechDispatcherBackend::open(std::string& whyNot) {
    ignoreBrokenPipesOnThisThread();
    const SpeechdLibrary& speechd = SpeechdLibrary::get();
    if (!speechd.problem.empty()) {
        whyNot = speechd.problem;
        return false;
    }
    char* rawError = nullptr;
    // The default address (the user's socket); autospawn the daemon when it is not running.
    // This may block, which is why it runs on the worker.
    connection_ =
        speechd.open2(clientName_.c_str(), "main", nullptr, SPD_MODE_SINGLE, nullptr, 1, &rawError);
    const std::unique_ptr<char, FreeCString> error(rawError);
    if (connection_ != nullptr) {
        return true;
    }
    whyNot = "cannot connect to speech-dispatcher";
    if (error) {
        std::string detail = error.get();
        while (!detail.empty() && std::isspace(static_cast<unsigned char>(detail.back()))) {
            detail.pop_back(); // libspeechd ends some messages with a newline
        }
        whyNot += ": " + detail;
    }
    return false;
}

void SpeechDispatcherBackend::speak(const std::string& utf8, const std::string& language) {
    const SpeechdLibrary& speechd = SpeechdLibrary::get();
    speechd.cancel(connection_); // the new text makes the old one stale
    const std::string wanted = primaryLanguageSubtag(language);
    // An empty language would make the daemon fail (and older output modules break).
    if (!wanted.empty() && wanted != language_ &&
        speechd.setLanguage(connection_, wanted.c_str()) == 0) {
        language_ = wanted;
    }
    speechd.say(connection_, SPD_TEXT, utf8.c_str());
}

void SpeechDispatcherBackend::cancel() {
    SpeechdLibrary::get().cancel(connection_);
}

} // namespace respect::engine
