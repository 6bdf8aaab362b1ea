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
        {"debrief.date", "Played on",
         "Debrief page: before the date and time the scenario was played"},
        {"debrief.encounter", "Encounter", "Debrief page: column heading, the encounter's title"},
        {"debrief.with", "With", "Debrief page: column heading, the person met"},
        {"debrief.outcome", "Outcome", "Debrief page: column heading, how the encounter ended"},
        {"debrief.choices", "Your choices", "Debrief page: column heading, the choices made"},
        {"debrief.you-chose", "You chose", "Debrief page: before the option the player picked"},
        {"debrief.alternatives", "Other options offered",
         "Debrief page: before the options the player did not pick at that moment"},
        {"debrief.no-alternatives", "No other option was offered.",
         "Debrief page: when the player had a single option"},
        {"debrief.rule", "Rule",
         "Debrief page: before the title of the Diversity Code rule an option names"},
        {"debrief.rules", "Rules of the Diversity Code that came up",
         "Debrief page and screen: section listing the rules the player's choices touched"},
        {"debrief.no-rules", "No rule of the Diversity Code came up.",
         "Debrief page: when no choice named a rule"},
        {"debrief.no-encounters", "No encounter was played.",
         "Debrief page: when the scenario was left before any encounter"},
        {"debrief.unfinished", "Not finished",
         "Debrief page: outcome of an encounter left before its end"},
        {"debrief.rule-respected", "Respected",
         "Debrief: the player's choices respected this rule (their scores were positive)"},
        {"debrief.rule-broken", "Broken",
         "Debrief: the player's choices broke this rule (their scores were negative)"},
        {"debrief.rule-mixed", "Both respected and broken",
         "Debrief: some of the player's choices respected this rule and others broke it"},
        {"debrief.rule-neutral", "Came up without a score",
         "Debrief: a choice named this rule but neither gained nor lost points"},
        {"debrief.dimensions", "Dimensions", "Debrief: before the dimensions a rule is about"},
        {"role.colleague", "Colleague", "The role of a character the player works with"},
        {"role.customer", "Customer", "The role of a character the office serves"},
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
