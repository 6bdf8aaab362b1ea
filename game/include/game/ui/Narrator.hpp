#pragma once
// Text to speech as the scenes see it: "say this" when a line appears or the focus moves.
// It speaks only when the player turned it on, in the current language, and it never
// waits: the speech backend (GameServices wires it) queues and drops stale text itself.

#include <functional>
#include <string>
#include <string_view>

namespace respect::game {

class Narrator {
public:
    /// Receives (text, language) to speak now, replacing whatever is being spoken.
    using Sink = std::function<void(std::string_view text, std::string_view language)>;

    Narrator() = default;
    explicit Narrator(Sink sink) : sink_(std::move(sink)) {}

    void setEnabled(bool enabled) { enabled_ = enabled; }
    bool enabled() const { return enabled_; }
    void setLanguage(std::string language) { language_ = std::move(language); }

    /// Speaks `text` when enabled; empty text is ignored.
    void say(std::string_view text) const {
        if (enabled_ && sink_ && !text.empty()) {
            sink_(text, language_);
        }
    }

private:
    Sink sink_;
    bool enabled_ = false;
    std::string language_ = "en";
};

} // namespace respect::game
