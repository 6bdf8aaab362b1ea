#include <game/text/JsonProblem.hpp>

namespace respect::game {

std::string jsonProblem(const char* what) {
    std::string text = what;
    if (text.rfind("[json.exception.", 0) == 0) {
        const auto end = text.find("] ");
        if (end != std::string::npos) {
            text.erase(0, end + 2);
        }
    }
    return text;
}

} // namespace respect::game
