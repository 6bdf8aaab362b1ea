#pragma once
// A SpeechBackend over one speech-dispatcher connection. The only code that includes
// <libspeechd.h>. SpeechQueue calls it on its worker thread only.

#include <engine/speech/SpeechQueue.hpp>

#include <libspeechd.h>

#include <string>

namespace respect::engine {

class SpeechDispatcherBackend final : public SpeechBackend {
public:
    explicit SpeechDispatcherBackend(std::string clientName);
    ~SpeechDispatcherBackend() override;
    SpeechDispatcherBackend(const SpeechDispatcherBackend&) = delete;
    SpeechDispatcherBackend& operator=(const SpeechDispatcherBackend&) = delete;

    bool open(std::string& whyNot) override;
    void speak(const std::string& utf8, const std::string& language) override;
    void cancel() override;

private:
    std::string clientName_;
    std::string language_; // the one last set on the connection
    SPDConnection* connection_ = nullptr;
};

} // namespace respect::engine
