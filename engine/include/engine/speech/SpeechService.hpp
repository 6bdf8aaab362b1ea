#pragma once
// Text to speech as the game sees it: say a text now, in a language, without waiting.
// The speech-dispatcher backend (engine/speechd) speaks; NullSpeech and RecordingSpeech do not.

#include <string_view>

namespace respect::engine {

class SpeechService {
public:
    virtual ~SpeechService() = default;
    /// Speaks `utf8` in `language` (a tag such as "fr" or "nl-BE"), cancelling what is being
    /// said: a new screen makes the old text stale. Returns at once; never waits for speech.
    virtual void say(std::string_view utf8, std::string_view language) = 0;
    /// Silences what is being said and drops what was about to be said.
    virtual void stop() = 0;
    /// False when nothing can speak (no backend, or it failed to start).
    virtual bool available() const = 0;
};

/// Says nothing; the choice when speech is off or not built in.
class NullSpeech final : public SpeechService {
public:
    void say(std::string_view, std::string_view) override {}
    void stop() override {}
    bool available() const override { return false; }
};

} // namespace respect::engine
