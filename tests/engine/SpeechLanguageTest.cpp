#include <engine/speech/SpeechLanguage.hpp>

#include <catch2/catch.hpp>

using respect::engine::primaryLanguageSubtag;

TEST_CASE("Speech asks for the primary language of a tag", "[speech][unit]") {
    CHECK(primaryLanguageSubtag("nl-BE") == "nl");
    CHECK(primaryLanguageSubtag("pt_BR") == "pt");
    CHECK(primaryLanguageSubtag("FR") == "fr");
    CHECK(primaryLanguageSubtag("es") == "es");
    CHECK(primaryLanguageSubtag("") == "");
}
