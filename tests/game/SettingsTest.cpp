#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <game/progress/Settings.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace respect;
using nlohmann::json;

namespace {

/// Parses `text`, returning the settings and the warnings logged while doing so.
std::pair<game::Settings, std::vector<std::string>> parse(const std::string& text) {
    std::vector<std::string> logged;
    engine::log::ScopedSink sink([&](engine::log::Level level, const std::string& message) {
        if (level == engine::log::Level::Warning) {
            logged.push_back(message);
        }
    });
    std::vector<std::string> warnings;
    auto settings = game::Settings::fromJson(text, "settings.json", warnings);
    CHECK(warnings == logged);
    return {settings, warnings};
}

} // namespace

TEST_CASE("Settings have accessible defaults", "[settings][unit]") {
    const game::Settings settings;
    CHECK(settings.language == "en");
    CHECK(settings.textScalePercent == 100);
    CHECK(settings.font == game::FontChoice::Default);
    CHECK_FALSE(settings.highContrast);
    CHECK(settings.typewriterCharsPerSecond == 40);
    CHECK(settings.masterVolume == 100);
    CHECK(settings.musicVolume == 80);
    CHECK(settings.effectsVolume == 100);
    CHECK_FALSE(settings.reducedMotion);
    CHECK_FALSE(settings.fullscreen);
    CHECK(settings.keyBindings.empty());

    const auto [parsed, warnings] = parse("{}");
    CHECK(parsed == settings);
    CHECK(warnings.empty());
}

TEST_CASE("Settings survive a JSON round trip", "[settings][unit]") {
    game::Settings settings;
    settings.language = "fr-BE";
    settings.textScalePercent = 175;
    settings.font = game::FontChoice::OpenDyslexic;
    settings.highContrast = true;
    settings.typewriterCharsPerSecond = 0;
    settings.masterVolume = 0;
    settings.musicVolume = 55;
    settings.effectsVolume = 100;
    settings.reducedMotion = true;
    settings.fullscreen = true;
    settings.textToSpeech = true;
    settings.keyBindings = "up = Key:Up Key:Z\n";
    settings.playerName = "Ann Peeters";
    settings.playerEmail = "ann.peeters@example.org";
    settings.playerId = "0b7e2c9a-4f1d-4c3e-9a8b-5d6e7f809a1b";
    settings.recordsFolder = "/srv/hr/respect";
    settings.lrsEndpoint = "https://lrs.example.org/xapi";
    settings.lrsUser = "key";
    settings.lrsPassword = "secret";
    const std::string text = settings.toJson();
    CHECK(json::parse(text).at("font") == "opendyslexic");
    CHECK(json::parse(text).at("version") == 1);
    const auto [parsed, warnings] = parse(text);
    CHECK(parsed == settings);
    CHECK(warnings.empty());
}

TEST_CASE("Out-of-range settings are clamped with a warning", "[settings][unit]") {
    const auto [settings, warnings] =
        parse(R"({"textScale": 400, "typewriterSpeed": -3, "masterVolume": 101,
                  "musicVolume": -20, "effectsVolume": 49.6})");
    CHECK(settings.textScalePercent == 250);
    CHECK(settings.typewriterCharsPerSecond == 0);
    CHECK(settings.masterVolume == 100);
    CHECK(settings.musicVolume == 0);
    CHECK(settings.effectsVolume == 50);
    REQUIRE(warnings.size() == 5);
    CHECK(warnings[0] ==
          "settings.json: warning: 'textScale' is 400, outside 100..250 or not whole; using 250");
    CHECK(parse(R"({"textScale": 50})").first.textScalePercent == 100);
    CHECK(parse(R"({"typewriterSpeed": 100000})").first.typewriterCharsPerSecond == 400);
}

TEST_CASE("Unknown keys are ignored and wrong values fall back to defaults", "[settings][unit]") {
    SECTION("unknown keys from a newer game") {
        const auto [settings, warnings] =
            parse(R"({"language": "nl", "subtitlesPosition": "top", "version": 7})");
        CHECK(settings.language == "nl");
        CHECK(warnings.empty());
    }
    SECTION("wrong types, unknown font, bad language, unusable bindings") {
        const auto [settings, warnings] =
            parse(R"({"fullscreen": "yes", "textScale": "big", "font": "comic-sans",
                      "language": "../../etc", "keyBindings": "jump = Key:Space",
                      "highContrast": true})");
        CHECK_FALSE(settings.fullscreen);
        CHECK(settings.textScalePercent == 100);
        CHECK(settings.font == game::FontChoice::Default);
        CHECK(settings.language == "en");
        CHECK(settings.keyBindings.empty());
        CHECK(settings.highContrast);
        CHECK(warnings.size() == 5);
    }
    SECTION("text that is not a settings object") {
        std::vector<std::string> warnings;
        CHECK_THROWS_AS(game::Settings::fromJson("{\"language\": ", "s.json", warnings),
                        engine::Error);
        CHECK_THROWS_AS(game::Settings::fromJson("[1, 2]", "s.json", warnings), engine::Error);
    }
}

TEST_CASE("A player e-mail or id that records could not use is dropped with a warning",
          "[settings][records][unit]") {
    const auto [parsed, warnings] =
        parse(R"({"playerName": "Ann", "playerEmail": "ann at example", "playerId": "42",
                  "lrsEndpoint": "ftp://lrs.example.org"})");
    CHECK(parsed.playerName == "Ann");
    CHECK(parsed.playerEmail.empty()); // the records stay anonymous
    CHECK(parsed.playerId.empty());    // a new one is made
    CHECK(parsed.lrsEndpoint.empty()); // nothing leaves the machine
    REQUIRE(warnings.size() == 3);
    CHECK(warnings[0].find("'playerEmail' is \"ann at example\", not an e-mail address") !=
          std::string::npos);
    CHECK(warnings[1].find("'playerId' is \"42\", not a UUID") != std::string::npos);
    CHECK(warnings[2].find("'lrsEndpoint' is \"ftp://lrs.example.org\", not an http:// or "
                           "https:// address") != std::string::npos);
    CHECK(game::isEmailAddress("a.b@example.org"));
    CHECK_FALSE(game::isEmailAddress("a@b"));
    CHECK_FALSE(game::isEmailAddress("a b@example.org"));
    CHECK_FALSE(game::isEmailAddress("@example.org"));
}
