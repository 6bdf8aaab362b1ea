#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/i18n/Translator.hpp>
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
        {"pause.save", "Save game", "Pause menu: save in one of three slots"},
        {"pause.save-and-quit", "Save and return to the title screen",
         "Pause menu: autosave, then leave the scenario"},
        {"office.talk-prompt", "E: talk to {name}",
         "Shown near a person the player can talk to; keep {name}"},
        {"dialogue.continue", "Enter: continue   H: what was said   Esc: pause",
         "Hint under a dialogue line; the keys are the default ones"},
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
        {"debrief.back", "Back to the scenarios", "Button on the debrief screen"},
        {"debrief.save-picture", "Save as a picture", "Debrief button: save the screen as PNG"},
        {"debrief.save-page", "Save a printable page",
         "Debrief button: save the debrief as an HTML page"},
        {"debrief.saved", "Saved to {file}", "After exporting the debrief; keep {file}"},
        {"identity.title", "Your training record", "Heading of the screen about the records"},
        {"identity.explain",
         "When you finish a scenario, Respect records it: which scenario, when, your choices "
         "and scores. The record stays in the records folder on this computer, and goes to "
         "your employer's learning system only if one is set up. Give your name and work "
         "e-mail address so HR can see you completed the training, or stay anonymous. You can "
         "change this later in the settings.",
         "The training record screen: what is recorded and why a name is asked"},
        {"identity.name", "Name", "The training record screen: a field for the player's name"},
        {"identity.email", "Work e-mail", "The training record screen: a field for an address"},
        {"identity.save", "Save", "The training record screen: button keeping name and address"},
        {"identity.anonymous", "Stay anonymous",
         "The training record screen: button recording without a name"},
        {"identity.bad-email",
         "That is not an e-mail address: check it, leave it empty, or stay anonymous.",
         "The training record screen: when the address cannot be used"},
        {"identity.hint",
         "↑↓ move   type to fill in   Backspace: delete   Enter: next or choose   Esc: later",
         "The training record screen: keys; keep the arrows"},
        {"settings.identity", "Your training record…",
         "Settings: opens the screen where the name for the records is given"},
        {"menu.team-event", "Team event (facilitator)",
         "Title menu: a facilitator leads a group in front of a projector"},
        {"dialogue.continue-or-replay",
         "Enter: continue   Page Up: replay from a choice   H: what was said",
         "Facilitator mode, under an ended encounter; key names as on the keyboard"},
        {"vote.title", "The group votes", "Facilitator mode: heading of the vote at a choice"},
        {"vote.note", "For the facilitator:",
         "Facilitator mode: before the encounter's note for the discussion"},
        {"vote.note-hidden", "H: the facilitator's note",
         "Facilitator mode: when the note does not fit on screen; H is the key"},
        {"vote.hands", "Hands: {count}",
         "Facilitator mode: how many people raised a hand for an option; {count} is a number"},
        {"vote.hint",
         "↑↓ option   1–9, 0: type the count   →: one more hand   ←: one less   Enter: show "
         "the result   E: play this option",
         "Facilitator mode: keys while counting hands; keep the arrows"},
        {"vote.play-hint",
         "Enter: play the majority   E: play the option picked   → ←: correct the count",
         "Facilitator mode: keys once the vote's result is shown"},
        {"vote.majority", "Most hands: {option}",
         "Facilitator mode: the option most people voted for; {option} is its text"},
        {"vote.tied", "A tie: Enter plays the first of them; to play another, pick it and press E.",
         "Facilitator mode: when options have as many hands"},
        {"vote.no-hands", "No hands counted: Enter plays the option picked.",
         "Facilitator mode: when the vote is shown with no hands entered"},
        {"rewind.title", "Replay from a choice",
         "Facilitator mode (forum theatre): heading of the list of choice points"},
        {"rewind.explain",
         "Go back to a choice in this encounter and play another option, to compare the "
         "outcomes. What was played stays in the group debrief.",
         "Facilitator mode (forum theatre): under the heading"},
        {"rewind.item", "Choice {number}, played: {option}",
         "Facilitator mode: a choice point; {number} counts them, {option} is what was played"},
        {"rewind.hint", "↑↓ choose   Enter: go back there   Esc: keep this ending",
         "Facilitator mode: keys in the list of choice points"},
        {"rewind.history", "Replayed from choice {number}",
         "Facilitator mode: in the backlog of what was said, where a replay starts"},
        {"group.title", "Group debrief", "Facilitator mode: heading of the team's debrief"},
        {"group.questions", "Questions, one at a time",
         "Facilitator mode: button showing the reflection questions in large type"},
        {"group.replay", "replay from choice {number}",
         "Facilitator mode: after an encounter's title when it was played again"},
        {"group.choice", "Choice {number}", "Group debrief page: caption of a vote's table"},
        {"group.option", "Option", "Group debrief page: column heading"},
        {"group.votes", "Hands", "Group debrief page: column heading, the vote's count"},
        {"group.played", "Played:", "Group debrief page: before the option the group played"},
        {"group.question-of", "Question {number} of {count}",
         "Facilitator mode: above a reflection question in large type"},
        {"group.question-hint", "Page Down: next   Page Up: previous   Esc: back",
         "Facilitator mode: keys under a reflection question"},
        {"group.hint", "↑↓ Enter: choose   Page Up / Page Down: scroll",
         "Facilitator mode: keys on the group debrief"},
        {"certificate.title", "Certificate of completion",
         "Heading of the printable certificate, once every scenario of the campaign is done"},
        {"certificate.progress-title", "Training record",
         "Heading of the printable record while some scenarios are still to do"},
        {"certificate.completed-all", "{name} has completed every scenario of {campaign}.",
         "Certificate: {name} is the player, {campaign} the campaign's title"},
        {"certificate.completed-some",
         "{name} has completed {done} of the {total} scenarios of {campaign}.",
         "Training record: {done} and {total} are numbers; keep every {placeholder}"},
        {"certificate.anonymous", "An anonymous player",
         "Certificate: stands for the player's name when the records are anonymous"},
        {"certificate.scenario", "Scenario", "Certificate: column heading"},
        {"certificate.completed-on", "Completed on", "Certificate: column heading, a date"},
        {"certificate.not-yet", "Not yet", "Certificate: a scenario not completed yet"},
        {"certificate.issued", "Issued on {date} by Respect.",
         "Certificate: the last line; {date} is the issue date"},
        {"debrief.more", "Page Down: more", "Under the debrief when it continues below"},
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
        {"menu.continue", "Continue", "Title menu: resume the autosaved game"},
        {"menu.load", "Load a saved game", "Title menu: open the save slots"},
        {"menu.cancel", "Cancel", "Any question: do nothing"},
        {"hint.settings", "↑ ↓ choose a setting   ← → change it   Esc back",
         "Keyboard hint at the bottom of the settings"},
        {"hint.history", "↑ ↓ scroll   H or Esc: back to the conversation",
         "Keyboard hint under the conversation history"},
        {"hint.capture", "Press the key or gamepad button to add   Esc: cancel",
         "Hint while the game waits for a key to bind"},
        {"dialogue.history", "What was said", "Heading of the conversation history (backlog)"},
        {"dialogue.you", "You", "In the conversation history, before what the player chose"},
        {"notice.no-campaign", "The list of scenarios (levels/campaign.xml) cannot be read.",
         "Shown above the first error of a broken campaign file"},
        {"notice.level-changed",
         "This scenario has changed since the game was saved; you continue from the nearest "
         "point.",
         "Shown when a save resumes in an edited scenario, above the details"},
        {"notice.save-missing", "There is no saved game here.", "Loading an empty save slot"},
        {"notice.save-damaged", "This saved game is damaged and cannot be loaded.",
         "Above the details of a damaged save"},
        {"notice.save-newer",
         "This saved game was made by a newer version of Respect. It is left as it is; "
         "please update the game to load it.",
         "A save from a newer game version; nothing is changed"},
        {"notice.offer-backup", "The previous save, from {time}, is intact. Load it?",
         "Offer to load the previous save generation; keep {time}"},
        {"notice.load-backup", "Load the previous save", "Button: load the backup save"},
        {"notice.save-failed", "The game could not be saved. Your previous save is intact.",
         "Above the reason a save failed (disk full, read-only folder)"},
        {"slots.load-title", "Load a saved game", "Heading of the save slots when loading"},
        {"slots.save-title", "Save the game", "Heading of the save slots when saving"},
        {"slots.autosave", "Autosave", "Name of the automatic save slot"},
        {"slots.slot-1", "Slot 1", "Name of a save slot"},
        {"slots.slot-2", "Slot 2", "Name of a save slot"},
        {"slots.slot-3", "Slot 3", "Name of a save slot"},
        {"slots.empty", "empty", "A save slot with nothing in it"},
        {"slots.damaged", "damaged", "A save slot whose file cannot be read"},
        {"slots.newer", "from a newer version", "A save slot written by a newer game"},
        {"slots.replace", "Replace the game saved in {slot}?", "Before overwriting; keep {slot}"},
        {"slots.replace-yes", "Replace it", "Button: overwrite the save slot"},
        {"slots.saved", "Saved in {slot}.", "After saving; keep {slot}"},
        {"select.title", "Scenarios", "Heading of the scenario select screen"},
        {"select.locked", "locked", "After a scenario that cannot be played yet"},
        {"select.completed", "completed", "After a scenario the player has finished"},
        {"select.minutes", "About {n} minutes", "How long a scenario takes; keep {n}"},
        {"select.dimensions", "Diversity Code", "Before the list of dimensions a scenario covers"},
        {"select.completed-times", "Completed {n}×.",
         "How often the player finished a scenario; keep {n}"},
        {"select.best", "Best result: {score}.", "The player's best total score; keep {score}"},
        {"select.unlock", "Complete {levels} to unlock it.",
         "Why a scenario is locked; {levels} is a list of scenario titles"},
        {"settings.title", "Settings", "Heading of the settings screen"},
        {"settings.language", "Language", "Setting"},
        {"settings.text-size", "Text size", "Setting: 100 % to 250 %"},
        {"settings.font", "Font", "Setting: the typeface"},
        {"settings.font-default", "Standard (DejaVu Sans)", "Font choice"},
        {"settings.font-atkinson", "Atkinson Hyperlegible", "Font choice; a proper name"},
        {"settings.font-opendyslexic", "OpenDyslexic", "Font choice; a proper name"},
        {"settings.high-contrast", "High contrast", "Setting: black and white colours"},
        {"settings.typewriter", "Text appears", "Setting: how fast dialogue text is revealed"},
        {"settings.typewriter-off", "all at once", "Typewriter setting: off"},
        {"settings.typewriter-speed", "{n} letters per second", "Typewriter speed; keep {n}"},
        {"settings.master-volume", "Volume", "Setting: overall sound volume"},
        {"settings.music-volume", "Music", "Setting: music volume"},
        {"settings.effects-volume", "Sound effects", "Setting: effects volume"},
        {"settings.reduced-motion", "Reduced motion", "Setting: no camera movement effects"},
        {"settings.speech", "Read aloud", "Setting: text to speech"},
        {"settings.fullscreen", "Full screen", "Setting"},
        {"settings.controls", "Controls…", "Setting: opens key and gamepad rebinding"},
        {"settings.on", "on", "A setting that is switched on"},
        {"settings.off", "off", "A setting that is switched off"},
        {"controls.title", "Controls", "Heading of the key and gamepad rebinding screen"},
        {"controls.press", "press a key or button…", "Shown while waiting for a key to bind"},
        {"controls.reset", "Restore the default controls", "Controls: reset every binding"},
        {"action.up", "Move up", "An action that can be bound to keys"},
        {"action.down", "Move down", "An action that can be bound to keys"},
        {"action.left", "Move left", "An action that can be bound to keys"},
        {"action.right", "Move right", "An action that can be bound to keys"},
        {"action.interact", "Talk", "An action that can be bound to keys"},
        {"action.confirm", "Confirm", "An action that can be bound to keys"},
        {"action.back", "Back", "An action that can be bound to keys"},
        {"action.menu", "Pause menu", "An action that can be bound to keys"},
        {"action.history", "What was said", "An action: show the conversation history"},
        {"action.pageup", "Previous page", "An action that can be bound to keys"},
        {"action.pagedown", "Next page", "An action that can be bound to keys"},
        {"action.blank", "Blank the screen (facilitator)",
         "An action: a presenter's black-screen key, in facilitator mode"},
        {"blank.hint", "Any key: show the screen again",
         "Facilitator mode: the only text on the blanked screen, small and dim"},
    };
    return strings;
}

UiText::UiText() {
    for (const auto& s : uiStrings()) {
        texts_.emplace(s.id, s.source);
    }
}

std::string UiText::setLanguage(const engine::io::ContentRoot& content,
                                const std::string& language) {
    std::map<std::string, std::string, std::less<>> texts;
    std::string error;
    try {
        const auto translator =
            engine::i18n::Translator::load(content, "locales/{lang}/ui.xlf", language);
        for (const auto& s : uiStrings()) {
            texts.emplace(s.id, translator.translate(s.id, s.source));
        }
        language_ = language;
    } catch (const engine::Error& failure) {
        error = failure.what();
        engine::log::warning(error);
        for (const auto& s : uiStrings()) {
            texts.emplace(s.id, s.source);
        }
        language_ = "en";
    }
    texts_ = std::move(texts);
    return error;
}

const std::string& UiText::get(std::string_view id) const {
    if (const auto found = texts_.find(id); found != texts_.end()) {
        return found->second;
    }
    missing_ = std::string(id);
    return missing_;
}

std::string UiText::format(std::string_view id,
                           const engine::i18n::PlaceholderValues& values) const {
    return engine::i18n::format(get(id), values);
}

std::vector<LanguageOption> availableLanguages(const engine::io::ContentRoot& content) {
    // Names in their own language, so a player can find theirs whatever is on screen.
    static const std::vector<LanguageOption> known = {
        {"en", "English"}, {"fr", "Français"}, {"nl", "Nederlands"},
        {"de", "Deutsch"}, {"es", "Español"},
    };
    std::vector<LanguageOption> languages;
    for (const auto& option : known) {
        if (option.tag == "en" || content.contains("locales/" + option.tag + "/ui.xlf")) {
            languages.push_back(option);
        }
    }
    return languages;
}

} // namespace respect::game
