// Translator: fallback chain, staleness, plural forms.
#include <engine/core/Error.hpp>
#include <engine/i18n/Translator.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using respect::engine::io::ContentRoot;
using namespace respect::engine::i18n;

namespace {

const ContentRoot& data() {
    static const ContentRoot root(RESPECT_TEST_DATA_DIR "/i18n");
    return root;
}

TranslationUnit unit(std::string id, std::string source, std::string target,
                     TranslationState state = TranslationState::Translated) {
    TranslationUnit u;
    u.id = std::move(id);
    u.forms.push_back({std::move(source), std::move(target)});
    u.state = state;
    return u;
}

TranslationUnit pluralUnit(std::string id, std::vector<std::string> sources,
                           std::vector<std::string> targets) {
    TranslationUnit u;
    u.id = std::move(id);
    u.plural = true;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        u.forms.push_back({sources[i], targets[i]});
    }
    u.state = TranslationState::Translated;
    return u;
}

const std::vector<std::string> kApples{"{n} apple", "{n} apples"};

Catalog appleCatalog(const std::string& language, const std::string& one, const std::string& many) {
    Catalog catalog("en", language);
    catalog.add(pluralUnit("apples", kApples, {one, many}));
    return catalog;
}

} // namespace

SCENARIO("nl-BE falls back to nl, then to the source", "[i18n][unit]") {
    GIVEN("the nl-BE and nl catalogs loaded for nl-BE") {
        const Translator translator = Translator::load(data(), "locales/{lang}/ui.xlf", "nl-BE");
        REQUIRE(translator.chain().size() == 2);
        CHECK(translator.chain()[0].targetLanguage() == "nl-BE");
        CHECK(translator.chain()[1].targetLanguage() == "nl");
        CHECK(translator.sourceLanguage() == "en");

        THEN("nl-BE's own translation wins") {
            CHECK(translator.translate("greeting", "Good day") == "Goeiedag");
        }
        THEN("a text nl-BE lacks comes from nl") {
            CHECK(translator.translate("menu.play", "Play") == "Spelen");
        }
        THEN("an unfinished nl-BE unit passes to nl") {
            CHECK(translator.translate("menu.quit", "Quit") == "Afsluiten");
        }
        THEN("a stale nl-BE unit (translated from 'Options') passes to nl") {
            CHECK(translator.translate("menu.settings", "Settings") == "Instellingen");
        }
        THEN("a text nobody translated is its source") {
            CHECK(translator.translate("menu.credits", "Credits") == "Credits");
        }
        THEN("plural units come from nl too") {
            CHECK(translator.translatePlural("points", {"{n} point", "{n} points"}, 1) ==
                  "{n} punt");
            CHECK(translator.translatePlural("points", {"{n} point", "{n} points"}, 0) ==
                  "{n} punten");
        }
    }
    GIVEN("a language without catalogs") {
        const Translator translator = Translator::load(data(), "locales/{lang}/ui.xlf", "de-AT");
        THEN("everything is the source") {
            CHECK(translator.chain().empty());
            CHECK(translator.translate("greeting", "Good day") == "Good day");
        }
    }
    CHECK_THROWS_AS(Translator::load(data(), "locales/ui.xlf", "nl"), std::invalid_argument);
}

SCENARIO("A translation of an older source is not shown", "[i18n][unit]") {
    GIVEN("a catalog translated when the line read 'Hello'") {
        Catalog catalog("en", "fr");
        catalog.add(unit("greet", "Hello", "Bonjour"));
        const Translator translator({catalog});
        WHEN("the source still reads 'Hello'") {
            THEN("the translation is used") {
                CHECK(translator.translate("greet", "Hello") == "Bonjour");
            }
        }
        WHEN("the source now reads 'Hello there'") {
            THEN("the new source is shown, not the stale translation") {
                CHECK(translator.translate("greet", "Hello there") == "Hello there");
            }
        }
    }
}

TEST_CASE("Only translated, approved or final units are used", "[i18n][unit]") {
    Catalog catalog("en", "fr");
    catalog.add(unit("new", "A", "a", TranslationState::New));
    catalog.add(unit("todo", "B", "b", TranslationState::NeedsTranslation));
    catalog.add(unit("review", "C", "c", TranslationState::NeedsReviewTranslation));
    catalog.add(unit("done", "D", "d", TranslationState::Translated));
    catalog.add(unit("final", "E", "e", TranslationState::Final));
    TranslationUnit approved = unit("approved", "F", "f", TranslationState::NeedsTranslation);
    approved.approved = true;
    catalog.add(approved);
    TranslationUnit untranslated;
    untranslated.id = "empty";
    untranslated.forms.push_back({"G", std::nullopt});
    untranslated.state = TranslationState::Final;
    catalog.add(untranslated);
    const Translator translator({catalog});
    CHECK(translator.translate("new", "A") == "A");
    CHECK(translator.translate("todo", "B") == "B");
    CHECK(translator.translate("review", "C") == "C");
    CHECK(translator.translate("done", "D") == "d");
    CHECK(translator.translate("final", "E") == "e");
    CHECK(translator.translate("approved", "F") == "f");
    CHECK(translator.translate("empty", "G") == "G");
    // A plain lookup never uses a plural unit, nor the other way round.
    Catalog plural = appleCatalog("fr", "{n} pomme", "{n} pommes");
    CHECK(Translator({plural}).translate("apples", "{n} apple") == "{n} apple");
    CHECK(translator.translatePlural("done", {"D", "Ds"}, 2) == "Ds");
}

TEST_CASE("French counts 0 as singular; English, Dutch, German and Spanish as plural",
          "[i18n][unit]") {
    const Translator fr({appleCatalog("fr", "{n} pomme", "{n} pommes")});
    CHECK(fr.translatePlural("apples", kApples, 0) == "{n} pomme");
    CHECK(fr.translatePlural("apples", kApples, 1) == "{n} pomme");
    CHECK(fr.translatePlural("apples", kApples, 2) == "{n} pommes");
    CHECK(fr.translatePlural("apples", kApples, 1000) == "{n} pommes");

    const Translator nl({appleCatalog("nl", "{n} appel", "{n} appels")});
    CHECK(nl.translatePlural("apples", kApples, 0) == "{n} appels");
    CHECK(nl.translatePlural("apples", kApples, 1) == "{n} appel");
    CHECK(nl.translatePlural("apples", kApples, 2) == "{n} appels");

    const Translator de({appleCatalog("de", "{n} Apfel", "{n} Äpfel")});
    CHECK(de.translatePlural("apples", kApples, 0) == "{n} Äpfel");
    CHECK(de.translatePlural("apples", kApples, 1) == "{n} Apfel");

    const Translator es({appleCatalog("es", "{n} manzana", "{n} manzanas")});
    CHECK(es.translatePlural("apples", kApples, 0) == "{n} manzanas");
    CHECK(es.translatePlural("apples", kApples, 1) == "{n} manzana");

    // The English source itself.
    const Translator none;
    CHECK(none.translatePlural("apples", kApples, 0) == "{n} apples");
    CHECK(none.translatePlural("apples", kApples, 1) == "{n} apple");
    CHECK(none.translatePlural("apples", kApples, 2) == "{n} apples");
    CHECK(none.translatePlural("apples", {}, 2).empty());

    // A French source (no catalog): 0 is singular there too.
    const Translator frenchSource(std::vector<Catalog>{}, "fr");
    CHECK(frenchSource.translatePlural("x", {"{n} pomme", "{n} pommes"}, 0) == "{n} pomme");
}

TEST_CASE("A stale plural falls back to the source's forms", "[i18n][unit]") {
    const Translator fr({appleCatalog("fr", "{n} pomme", "{n} pommes")});
    const std::vector<std::string> changed{"{n} pear", "{n} pears"};
    CHECK(fr.translatePlural("apples", changed, 0) == "{n} pears");
    CHECK(fr.translatePlural("apples", changed, 1) == "{n} pear");
    // A plural with a missing form is not a translation.
    Catalog partial("en", "fr");
    TranslationUnit unitWithGap = pluralUnit("apples", kApples, {"{n} pomme", "x"});
    unitWithGap.forms[1].target.reset();
    partial.add(unitWithGap);
    CHECK(Translator({partial}).translatePlural("apples", kApples, 1) == "{n} apple");
}
