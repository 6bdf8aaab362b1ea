#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/input/Bindings.hpp>
#include <game/progress/Settings.hpp>
#include <game/records/Uuid.hpp>
#include <game/text/JsonProblem.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace respect::game {

using nlohmann::json;

namespace {

constexpr int kSettingsVersion = 1;
constexpr FontChoice kFonts[] = {FontChoice::Default, FontChoice::Atkinson,
                                 FontChoice::OpenDyslexic};

/// "en", "nl", "fr-BE", "pt-BR", "sr-Latn": 2-3 lowercase letters, then alphanumeric parts.
bool isLanguageTag(const std::string& tag) {
    std::size_t start = 0;
    bool first = true;
    while (start <= tag.size()) {
        const std::size_t end = std::min(tag.find('-', start), tag.size());
        const std::size_t length = end - start;
        for (std::size_t i = start; i < end; ++i) {
            const auto c = static_cast<unsigned char>(tag[i]);
            if (first ? std::islower(c) == 0 : std::isalnum(c) == 0) {
                return false;
            }
        }
        if (first ? length < 2 || length > 3 : length < 2 || length > 8) {
            return false;
        }
        first = false;
        start = end + 1;
    }
    return true;
}

class Reader {
public:
    Reader(const json& object, const std::string& fileName, std::vector<std::string>& warnings)
        : object_(object), fileName_(fileName), warnings_(warnings) {}

    void warn(const std::string& message) {
        const std::string full = fileName_ + ": warning: " + message;
        engine::log::warning(full);
        warnings_.push_back(full);
    }

    /// Null when absent (keep the default) or of the wrong type (warn, keep the default).
    const json* find(const char* key, bool (json::*isType)() const noexcept, const char* typeWord) {
        const auto found = object_.find(key);
        if (found == object_.end()) {
            return nullptr;
        }
        if (!((*found).*isType)()) {
            warn("'" + std::string(key) + "' should be " + typeWord + "; using the default");
            return nullptr;
        }
        return &*found;
    }

    void readBool(const char* key, bool& out) {
        if (const json* value = find(key, &json::is_boolean, "true or false")) {
            out = value->get<bool>();
        }
    }

    void readInt(const char* key, int minimum, int maximum, int& out) {
        const json* value = find(key, &json::is_number, "a number");
        if (value == nullptr) {
            return;
        }
        const double number = value->get<double>();
        const double clamped = std::clamp(std::round(number), static_cast<double>(minimum),
                                          static_cast<double>(maximum));
        if (clamped != number) {
            warn("'" + std::string(key) + "' is " + value->dump() + ", outside " +
                 std::to_string(minimum) + ".." + std::to_string(maximum) +
                 " or not whole; using " + std::to_string(static_cast<int>(clamped)));
        }
        out = static_cast<int>(clamped);
    }

    void readString(const char* key, std::string& out) {
        if (const json* value = find(key, &json::is_string, "a string")) {
            out = value->get<std::string>();
        }
    }

private:
    const json& object_;
    const std::string& fileName_;
    std::vector<std::string>& warnings_;
};

} // namespace

const char* fontChoiceName(FontChoice font) {
    switch (font) {
    case FontChoice::Default:
        return "default";
    case FontChoice::Atkinson:
        return "atkinson";
    case FontChoice::OpenDyslexic:
        return "opendyslexic";
    }
    return "default";
}

std::string Settings::toJson() const {
    json object = json::object();
    object["version"] = kSettingsVersion;
    object["language"] = language;
    object["textScale"] = textScalePercent;
    object["font"] = fontChoiceName(font);
    object["highContrast"] = highContrast;
    object["typewriterSpeed"] = typewriterCharsPerSecond;
    object["masterVolume"] = masterVolume;
    object["musicVolume"] = musicVolume;
    object["effectsVolume"] = effectsVolume;
    object["reducedMotion"] = reducedMotion;
    object["fullscreen"] = fullscreen;
    object["textToSpeech"] = textToSpeech;
    object["keyBindings"] = keyBindings;
    object["playerName"] = playerName;
    object["playerEmail"] = playerEmail;
    object["playerId"] = playerId;
    object["identityChosen"] = identityChosen;
    object["recordsFolder"] = recordsFolder;
    object["lrsEndpoint"] = lrsEndpoint;
    object["lrsUser"] = lrsUser;
    object["lrsPassword"] = lrsPassword;
    try {
        return object.dump(2) + "\n";
    } catch (const json::exception& error) {
        throw engine::Error("", 0, std::string("cannot encode the settings: ") + error.what());
    }
}

Settings Settings::fromJson(std::string_view text, const std::string& fileName,
                            std::vector<std::string>& warnings) {
    json object;
    try {
        object = json::parse(text.begin(), text.end());
    } catch (const json::exception& error) {
        throw engine::Error(fileName, 0, "not valid JSON: " + jsonProblem(error.what()));
    }
    if (!object.is_object()) {
        throw engine::Error(fileName, 0, "not a settings object");
    }
    Settings settings;
    Reader reader(object, fileName, warnings);

    std::string language = settings.language;
    reader.readString("language", language);
    if (isLanguageTag(language)) {
        settings.language = language;
    } else {
        reader.warn("'language' is \"" + language + "\", not a language tag; using \"en\"");
    }
    reader.readInt("textScale", kMinTextScalePercent, kMaxTextScalePercent,
                   settings.textScalePercent);
    std::string font = fontChoiceName(settings.font);
    reader.readString("font", font);
    const auto* known = std::find_if(std::begin(kFonts), std::end(kFonts),
                                     [&](FontChoice f) { return font == fontChoiceName(f); });
    if (known != std::end(kFonts)) {
        settings.font = *known;
    } else {
        reader.warn("'font' is \"" + font +
                    "\"; expected default, atkinson or opendyslexic; using default");
    }
    reader.readBool("highContrast", settings.highContrast);
    reader.readInt("typewriterSpeed", 0, kMaxTypewriterCharsPerSecond,
                   settings.typewriterCharsPerSecond);
    reader.readInt("masterVolume", 0, kMaxVolume, settings.masterVolume);
    reader.readInt("musicVolume", 0, kMaxVolume, settings.musicVolume);
    reader.readInt("effectsVolume", 0, kMaxVolume, settings.effectsVolume);
    reader.readBool("reducedMotion", settings.reducedMotion);
    reader.readBool("fullscreen", settings.fullscreen);
    reader.readBool("textToSpeech", settings.textToSpeech);
    std::string bindings;
    reader.readString("keyBindings", bindings);
    if (!bindings.empty()) {
        try {
            engine::input::Bindings::parse(bindings, fileName + " (keyBindings)");
            settings.keyBindings = bindings;
        } catch (const engine::Error& error) {
            reader.warn("'keyBindings' cannot be used (" + error.diagnostic().format() +
                        "); using the default keys");
        }
    }
    reader.readString("playerName", settings.playerName);
    std::string email;
    reader.readString("playerEmail", email);
    if (email.empty() || isEmailAddress(email)) {
        settings.playerEmail = email;
    } else {
        reader.warn("'playerEmail' is \"" + email +
                    "\", not an e-mail address; the records stay anonymous");
    }
    std::string id;
    reader.readString("playerId", id);
    if (id.empty() || isUuid(id)) {
        settings.playerId = id;
    } else {
        reader.warn("'playerId' is \"" + id + "\", not a UUID; a new one will be made");
    }
    reader.readBool("identityChosen", settings.identityChosen);
    reader.readString("recordsFolder", settings.recordsFolder);
    std::string endpoint;
    reader.readString("lrsEndpoint", endpoint);
    if (endpoint.empty() || endpoint.rfind("https://", 0) == 0 ||
        endpoint.rfind("http://", 0) == 0) {
        settings.lrsEndpoint = endpoint;
    } else {
        reader.warn("'lrsEndpoint' is \"" + endpoint +
                    "\", not an http:// or https:// address; records stay on this machine");
    }
    reader.readString("lrsUser", settings.lrsUser);
    reader.readString("lrsPassword", settings.lrsPassword);
    return settings;
}

bool isEmailAddress(const std::string& text) {
    const auto at = text.find('@');
    return at != std::string::npos && at > 0 && at + 1 < text.size() &&
           text.find('@', at + 1) == std::string::npos &&
           text.find_first_of(" \t\r\n<>,;:\"()[]\\") == std::string::npos &&
           text.find('.', at) != std::string::npos;
}

} // namespace respect::game
