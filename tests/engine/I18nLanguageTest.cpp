// Language tags and plural rules.
#include <engine/i18n/Language.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

using namespace respect::engine::i18n;

TEST_CASE("Language tags fall back from specific to general", "[i18n][unit]") {
    CHECK(languageFallbacks("nl-BE") == std::vector<std::string>{"nl-BE", "nl"});
    CHECK(languageFallbacks("nl_BE") == std::vector<std::string>{"nl_BE", "nl"});
    CHECK(languageFallbacks("zh-Hant-TW") ==
          std::vector<std::string>{"zh-Hant-TW", "zh-Hant", "zh"});
    CHECK(languageFallbacks("fr") == std::vector<std::string>{"fr"});
    CHECK(languageFallbacks("").empty());
    CHECK(primaryLanguage("FR-be") == "fr");
    CHECK(primaryLanguage("es_ES") == "es");
}

TEST_CASE("Plural rules of the supported languages", "[i18n][unit]") {
    for (const char* language : {"en", "nl", "de", "es", "nl-BE", "de-CH"}) {
        INFO(language);
        CHECK(pluralFormCount(language) == 2);
        CHECK(pluralFormIndex(language, 0) == 1);
        CHECK(pluralFormIndex(language, 1) == 0);
        CHECK(pluralFormIndex(language, 2) == 1);
        CHECK(pluralFormIndex(language, -1) == 0);
        CHECK(pluralFormIndex(language, 21) == 1);
    }
    for (const char* language : {"fr", "fr-BE", "FR"}) {
        INFO(language);
        CHECK(pluralFormCount(language) == 2);
        CHECK(pluralFormIndex(language, 0) == 0);
        CHECK(pluralFormIndex(language, 1) == 0);
        CHECK(pluralFormIndex(language, 2) == 1);
        CHECK(pluralFormIndex(language, -1) == 0);
        CHECK(pluralFormIndex(language, -2) == 1);
    }
    CHECK(pluralFormIndex("fr", std::numeric_limits<std::int64_t>::min()) == 1);
}
