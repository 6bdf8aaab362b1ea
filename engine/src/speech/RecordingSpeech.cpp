#include <engine/core/Error.hpp>
#include <engine/speech/RecordingSpeech.hpp>

namespace respect::engine {

std::string escapeSpeechLogField(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '\t':
            escaped += "\\t";
            break;
        case '\n':
            escaped += "\\n";
            break;
        case '\r':
            escaped += "\\r";
            break;
        case '\\':
            escaped += "\\\\";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

RecordingSpeech::RecordingSpeech(const std::filesystem::path& logFile)
    : log_(logFile, std::ios::binary | std::ios::app) {
    if (!log_) {
        throw Error(logFile.string(), 0, "cannot open the speech log for writing");
    }
}

void RecordingSpeech::say(std::string_view utf8, std::string_view language) {
    utterances_.push_back({std::string(utf8), std::string(language)});
    if (log_.is_open()) {
        // Flushed per line: the log must be complete even if the game is killed.
        log_ << escapeSpeechLogField(language) << '\t' << escapeSpeechLogField(utf8) << '\n'
             << std::flush;
    }
}

} // namespace respect::engine
