#pragma once
// Remembers what would have been spoken, for tests. With a log file (the game's
// `--speech-log FILE`), also writes one line per utterance, so that tests driving the real
// program can read what it would have said.

#include <engine/speech/SpeechService.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace respect::engine {

struct Utterance {
    std::string text;
    std::string language;

    bool operator==(const Utterance& other) const {
        return text == other.text && language == other.language;
    }
};

class RecordingSpeech final : public SpeechService {
public:
    RecordingSpeech() = default;
    /// Appends each utterance to `logFile` as `language<TAB>text`, flushed at once (a test may
    /// read it while the game runs, or after it was killed). Tab, newline, carriage return and
    /// backslash in either field are written as \t \n \r \\ so that one line is one utterance.
    /// Throws Error when the file cannot be opened.
    explicit RecordingSpeech(const std::filesystem::path& logFile);

    void say(std::string_view utf8, std::string_view language) override;
    void stop() override { ++stops_; }
    bool available() const override { return true; }

    const std::vector<Utterance>& utterances() const { return utterances_; }
    int stops() const { return stops_; }

private:
    std::vector<Utterance> utterances_;
    int stops_ = 0;
    std::ofstream log_;
};

/// One log line's field: `text` with \t \n \r \\ escaped (see RecordingSpeech).
std::string escapeSpeechLogField(std::string_view text);

} // namespace respect::engine
