#pragma once
// The player's preferences (language, readability, audio, motion, window, key bindings)
// and their JSON form. Reading is forgiving: unknown keys are ignored (a newer game may
// add some), a value of the wrong type falls back to its default and an out-of-range one
// is clamped, each with a warning; only text that is not a JSON object is refused.

#include <string>
#include <string_view>
#include <vector>

namespace respect::game {

enum class FontChoice { Default, Atkinson, OpenDyslexic };

/// "default", "atkinson" or "opendyslexic".
const char* fontChoiceName(FontChoice font);

struct Settings {
    static constexpr int kMinTextScalePercent = 100;
    static constexpr int kMaxTextScalePercent = 250;
    static constexpr int kMaxTypewriterCharsPerSecond = 400;
    static constexpr int kMaxVolume = 100;

    std::string language = "en"; ///< a language tag: "en", "nl", "fr-BE"
    int textScalePercent = 100;  ///< 100..250
    FontChoice font = FontChoice::Default;
    bool highContrast = false;
    int typewriterCharsPerSecond = 40; ///< 0 shows whole lines at once; up to 400
    int masterVolume = 100;            ///< 0..100, like the two below
    int musicVolume = 80;
    int effectsVolume = 100;
    bool reducedMotion = false;
    bool fullscreen = false;
    bool textToSpeech = false; ///< read lines, choices and menus aloud
    std::string keyBindings;   ///< engine::input::Bindings text form; empty for the defaults

    // Completion records (see game/records/RecordsFolder.hpp). Anonymous unless the player
    // gives a name and an e-mail address; nothing leaves the machine unless an LRS is set.
    std::string playerName;
    std::string playerEmail; ///< "name@example.org"; empty: the records are anonymous
    std::string playerId;    ///< a UUID made at first start: the anonymous account's name
    /// The player has answered the "your training record" screen (named or anonymous); until
    /// then it is offered before the scenario list.
    bool identityChosen = false;
    std::string recordsFolder; ///< a second folder for the records (HR's share), or empty
    /// A Learning Record Store to send the statements to ("https://lrs.example.org/xapi"),
    /// with its key and secret; empty: nothing leaves the machine.
    std::string lrsEndpoint;
    std::string lrsUser;
    std::string lrsPassword;

    /// Pretty JSON with sorted keys and a "version" member.
    std::string toJson() const;

    /// Parses settings; `fileName` names the file in messages. Throws engine::Error naming
    /// it when the text is not a JSON object. Every value that had to be replaced or
    /// clamped adds a message to `warnings` (and is logged as a warning).
    static Settings fromJson(std::string_view text, const std::string& fileName,
                             std::vector<std::string>& warnings);

    friend bool operator==(const Settings& a, const Settings& b) {
        return a.language == b.language && a.textScalePercent == b.textScalePercent &&
               a.font == b.font && a.highContrast == b.highContrast &&
               a.typewriterCharsPerSecond == b.typewriterCharsPerSecond &&
               a.masterVolume == b.masterVolume && a.musicVolume == b.musicVolume &&
               a.effectsVolume == b.effectsVolume && a.reducedMotion == b.reducedMotion &&
               a.fullscreen == b.fullscreen && a.textToSpeech == b.textToSpeech &&
               a.keyBindings == b.keyBindings && a.playerName == b.playerName &&
               a.playerEmail == b.playerEmail && a.playerId == b.playerId &&
               a.identityChosen == b.identityChosen && a.recordsFolder == b.recordsFolder &&
               a.lrsEndpoint == b.lrsEndpoint && a.lrsUser == b.lrsUser &&
               a.lrsPassword == b.lrsPassword;
    }
    friend bool operator!=(const Settings& a, const Settings& b) { return !(a == b); }
};

/// A plausible e-mail address for an xAPI mailbox: one @, a dot in the domain, no spaces
/// or characters that would need quoting.
bool isEmailAddress(const std::string& text);

} // namespace respect::game
