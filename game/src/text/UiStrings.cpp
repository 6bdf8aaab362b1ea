#include <game/text/UiText.hpp>

namespace respect::game {

const std::vector<UiString>& uiStrings() {
    static const std::vector<UiString> strings = {
        {"title.name", "Respect", "The game's name on the title screen"},
        {"title.tagline", "A serious game about diversity and respect at work",
         "Under the game's name on the title screen"},
        {"title.languages", "Diversity · Diversité · Diversiteit · Vielfalt · Diversidad",
         "The word 'diversity' in the five languages of the game; keep as is"},
        {"menu.play", "Play", "Title menu: start or continue the campaign"},
        {"menu.settings", "Settings", "Title menu: open the settings"},
        {"menu.quit", "Quit", "Title menu: close the game"},
        {"menu.back", "Back", "Any menu: return to the previous screen"},
        {"hint.menu", "↑ ↓ move   Enter choose   Esc back", "Keyboard hint at the bottom of menus"},
        {"notice.no-scenarios", "No scenario is installed yet.",
         "Shown when the levels folder has no playable scenario"},
        {"notice.settings-soon", "Settings are not available in this build yet.",
         "Shown when settings cannot be opened"},
    };
    return strings;
}

const std::string& UiText::get(std::string_view id) const {
    // Interned on first use: ids are few and stable, lookups happen while drawing.
    static const auto table = [] {
        std::vector<std::pair<std::string, std::string>> entries;
        for (const auto& s : uiStrings()) {
            entries.emplace_back(s.id, s.source);
        }
        return entries;
    }();
    for (const auto& [key, value] : table) {
        if (key == id) {
            return value;
        }
    }
    missing_ = std::string(id);
    return missing_;
}

} // namespace respect::game
