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
        {"notice.no-scenarios", "No scenario is installed in levels/.",
         "Shown when the levels folder has no playable scenario"},
        {"notice.level-error",
         "This scenario cannot be played:", "Above the first error found in a scenario file"},
        {"pause.title", "Paused", "Heading of the pause menu"},
        {"pause.resume", "Resume", "Pause menu: go back to the scenario"},
        {"pause.leave", "Leave to the title screen", "Pause menu: stop the scenario"},
        {"office.talk-prompt", "E: talk to {name}",
         "Shown near a person the player can talk to; keep {name}"},
        {"dialogue.continue", "Enter: continue", "Hint under a dialogue line"},
        {"dialogue.choose", "1–9 or ↑ ↓ and Enter: choose", "Hint under the choices"},
        {"dialogue.unavailable", "not available",
         "After a greyed-out choice the player cannot pick now, before the reason"},
        {"dialogue.feedback", "Diversity Code", "Heading of the card that explains a choice"},
        {"dialogue.ended", "Encounter over", "Heading when an encounter ends"},
        {"outcome.respectful", "Respectful", "Outcome of an encounter"},
        {"outcome.awkward", "Awkward", "Outcome of an encounter"},
        {"outcome.hurtful", "Hurtful", "Outcome of an encounter"},
        {"outcome.neutral", "Neutral", "Outcome of an encounter"},
        {"debrief.title", "Debrief", "Heading of the end-of-scenario screen"},
        {"debrief.encounters", "Encounters", "Debrief section: how each encounter ended"},
        {"debrief.scores", "Diversity Code scores", "Debrief section: score per dimension"},
        {"debrief.questions", "Questions for reflection", "Debrief section"},
        {"debrief.back", "Back to the title screen", "Button on the debrief screen"},
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
