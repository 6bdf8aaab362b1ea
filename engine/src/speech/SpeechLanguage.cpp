#include <engine/speech/SpeechLanguage.hpp>

namespace respect::engine {

std::string primaryLanguageSubtag(std::string_view tag) {
    std::string primary;
    for (const char c : tag) {
        if (c == '-' || c == '_') {
            break;
        }
        primary += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return primary;
}

} // namespace respect::engine
