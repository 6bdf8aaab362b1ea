// Catalog: reading XLIFF 1.2 as tools write it, and writing it back canonically.
#include <engine/core/Error.hpp>
#include <engine/i18n/Catalog.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using respect::engine::Error;
using respect::engine::io::ContentRoot;
using namespace respect::engine::i18n;

namespace {

const ContentRoot& data() {
    static const ContentRoot root(RESPECT_TEST_DATA_DIR "/i18n");
    return root;
}

TranslationUnit plainUnit(std::string id, std::string source,
                          std::optional<std::string> target = std::nullopt,
                          TranslationState state = TranslationState::New) {
    TranslationUnit unit;
    unit.id = std::move(id);
    unit.forms.push_back({std::move(source), std::move(target)});
    unit.state = state;
    return unit;
}

} // namespace

TEST_CASE("A realistic catalog reads with its states, notes, plurals and entities",
          "[i18n][unit]") {
    const Catalog catalog = Catalog::load(data(), "realistic-fr.xlf");
    CHECK(catalog.fileName() == "realistic-fr.xlf");
    CHECK(catalog.sourceLanguage() == "en");
    CHECK(catalog.targetLanguage() == "fr");
    CHECK(catalog.original() == "levels/first-day.xml");
    // The gettext header unit is not a text; plain groups are flattened.
    REQUIRE(catalog.size() == 8);
    CHECK(catalog.find("gettext-header") == nullptr);

    const TranslationUnit* title = catalog.find("title");
    REQUIRE(title != nullptr);
    CHECK(title->line == 13);
    CHECK(title->source() == "First day");
    CHECK(title->target() == std::optional<std::string>("Premier jour"));
    CHECK(title->state == TranslationState::Final);
    CHECK(title->approved);
    REQUIRE(title->notes.size() == 1);
    CHECK(title->notes[0].from == "developer");
    CHECK(title->notes[0].text == "Title on the scenario card.");
    CHECK(title->isTranslated());

    const TranslationUnit* say = catalog.find("counter/start/say-1");
    REQUIRE(say != nullptr);
    CHECK(say->target() == std::optional<std::string>("Bonjour. Parlez-vous néerlandais ?"));
    CHECK(say->state == TranslationState::Translated);
    CHECK_FALSE(say->approved);
    CHECK(say->isTranslated());
    REQUIRE(say->notes.size() == 1);
    CHECK(say->notes[0].from == "translator");
    CHECK(say->notes[0].text == "« néerlandais », pas « hollandais ».");

    const TranslationUnit* choice = catalog.find("counter/start/choice-1");
    REQUIRE(choice != nullptr);
    CHECK(choice->source() == "Answer in Dutch & smile.");
    CHECK(choice->target() == std::optional<std::string>("Répondre en néerlandais & sourire."));
    CHECK(choice->state == TranslationState::NeedsReviewTranslation);
    CHECK_FALSE(choice->isTranslated());

    // Weblate leaves out state on translated units.
    const TranslationUnit* welcome = catalog.find("welcome");
    REQUIRE(welcome != nullptr);
    CHECK(welcome->state == TranslationState::Translated);
    CHECK(welcome->target() == std::optional<std::string>("Bienvenue, {name} !"));

    // Without xml:space="preserve", line wrapping and indentation become single spaces.
    const TranslationUnit* wrapped = catalog.find("wrapped");
    REQUIRE(wrapped != nullptr);
    CHECK(wrapped->source() == "A long line wrapped by an editor.");
    CHECK(wrapped->target() ==
          std::optional<std::string>("Une longue ligne coupée par l’éditeur."));

    // An empty <target> is no translation, but keeps its state.
    const TranslationUnit* sign = catalog.find("sign");
    REQUIRE(sign != nullptr);
    CHECK(sign->source() == "„Straße“ <closed> – señor Eënhoorn");
    CHECK_FALSE(sign->target().has_value());
    CHECK(sign->state == TranslationState::NeedsTranslation);

    const TranslationUnit* minutes = catalog.find("minutes");
    REQUIRE(minutes != nullptr);
    CHECK(minutes->plural);
    CHECK(minutes->line == 44);
    REQUIRE(minutes->forms.size() == 2);
    CHECK(minutes->forms[0].source == "{n} minute left");
    CHECK(minutes->forms[0].target == std::optional<std::string>("{n} minute restante"));
    CHECK(minutes->forms[1].source == "{n} minutes left");
    CHECK(minutes->forms[1].target == std::optional<std::string>("{n} minutes restantes"));
    CHECK(minutes->approved);
    CHECK(minutes->state == TranslationState::Translated);
    // translate-toolkit repeats the group's note in later forms: read once.
    REQUIRE(minutes->notes.size() == 1);
    CHECK(minutes->notes[0].text == "Time left; {n} is a number.");
    CHECK(minutes->isTranslated());
    CHECK(catalog.find("minutes[0]") == nullptr);

    const TranslationUnit* question = catalog.find("debrief/question-1");
    REQUIRE(question != nullptr);
    CHECK(question->state == TranslationState::New);
    CHECK(question->target() == std::optional<std::string>("Quand vous êtes-vous adapté"));
    CHECK_FALSE(question->isTranslated());

    // Units stay in file order.
    std::vector<std::string> ids;
    for (const TranslationUnit& unit : catalog.units()) {
        ids.push_back(unit.id);
    }
    CHECK(ids == std::vector<std::string>{"title", "counter/start/say-1", "counter/start/choice-1",
                                          "welcome", "wrapped", "sign", "minutes",
                                          "debrief/question-1"});
}

TEST_CASE("The other XLIFF 1.2 states map to the nearest supported one", "[i18n][unit]") {
    CHECK(parseTranslationState("needs-adaptation") == TranslationState::NeedsTranslation);
    CHECK(parseTranslationState("needs-l10n") == TranslationState::NeedsTranslation);
    CHECK(parseTranslationState("needs-review-l10n") == TranslationState::NeedsReviewTranslation);
    CHECK(parseTranslationState("signed-off") == TranslationState::Final);
    CHECK_FALSE(parseTranslationState("done").has_value());
    CHECK_FALSE(parseTranslationState("Translated").has_value());
    for (const TranslationState state : {TranslationState::New, TranslationState::NeedsTranslation,
                                         TranslationState::NeedsReviewTranslation,
                                         TranslationState::Translated, TranslationState::Final}) {
        CHECK(parseTranslationState(translationStateName(state)) == state);
    }
}

TEST_CASE("write() gives canonical XLIFF 1.2", "[i18n][unit]") {
    Catalog catalog("en", "fr", "levels/first-day.xml");
    TranslationUnit title =
        plainUnit("title", "First day", "Premier jour", TranslationState::Final);
    title.approved = true;
    title.notes.push_back({"developer", "Card title & <b>"});
    catalog.add(title);
    catalog.add(
        plainUnit("quote", "Say \"hi\" <now>", std::nullopt, TranslationState::NeedsTranslation));
    catalog.add(plainUnit("new", "Fresh"));
    TranslationUnit minutes;
    minutes.id = "minutes";
    minutes.plural = true;
    minutes.forms = {{"{n} minute", "{n} minute"}, {"{n} minutes", "{n} minutes"}};
    minutes.state = TranslationState::Translated;
    minutes.notes.push_back({"", "no author"});
    catalog.add(minutes);

    const std::string expected =
        R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="levels/first-day.xml" source-language="en" target-language="fr" datatype="plaintext">
    <body>
      <trans-unit id="title" approved="yes" xml:space="preserve">
        <source>First day</source>
        <target state="final">Premier jour</target>
        <note from="developer">Card title &amp; &lt;b&gt;</note>
      </trans-unit>
      <trans-unit id="quote" xml:space="preserve">
        <source>Say "hi" &lt;now&gt;</source>
        <target state="needs-translation"/>
      </trans-unit>
      <trans-unit id="new" xml:space="preserve">
        <source>Fresh</source>
      </trans-unit>
      <group id="minutes" restype="x-gettext-plurals" xml:space="preserve">
        <note>no author</note>
        <trans-unit id="minutes[0]" xml:space="preserve">
          <source>{n} minute</source>
          <target state="translated">{n} minute</target>
        </trans-unit>
        <trans-unit id="minutes[1]" xml:space="preserve">
          <source>{n} minutes</source>
          <target state="translated">{n} minutes</target>
        </trans-unit>
      </group>
    </body>
  </file>
</xliff>
)";
    CHECK(catalog.write() == expected);
}

TEST_CASE("write, parse, write is byte-identical", "[i18n][unit]") {
    GIVEN("the realistic catalog read from disk") {
        const Catalog original = Catalog::load(data(), "realistic-fr.xlf");
        WHEN("it is written, read back and written again") {
            const std::string first = original.write();
            const Catalog reread = Catalog::parse(first, "first.xlf");
            const std::string second = reread.write();
            THEN("both writes are the same bytes and the units are the same") {
                CHECK(second == first);
                REQUIRE(reread.size() == original.size());
                for (std::size_t i = 0; i < original.size(); ++i) {
                    const TranslationUnit& a = original.units()[i];
                    const TranslationUnit& b = reread.units()[i];
                    CHECK(a.id == b.id);
                    CHECK(a.plural == b.plural);
                    CHECK(a.state == b.state);
                    CHECK(a.approved == b.approved);
                    CHECK(a.notes == b.notes);
                    REQUIRE(a.forms.size() == b.forms.size());
                    for (std::size_t f = 0; f < a.forms.size(); ++f) {
                        CHECK(a.forms[f].source == b.forms[f].source);
                        CHECK(a.forms[f].target == b.forms[f].target);
                    }
                }
            }
        }
    }
    GIVEN("texts whose whitespace, markup characters and line breaks must survive") {
        Catalog catalog("en", "de");
        catalog.add(plainUnit("spaces", "  two leading, two trailing  ", " \t",
                              TranslationState::Translated));
        catalog.add(plainUnit("lines", "first\nsecond\r\nthird", "erste\nzweite",
                              TranslationState::Translated));
        catalog.add(plainUnit("markup", "<b>&amp;</b> ]]> \"'", "a < b > c & d",
                              TranslationState::Translated));
        catalog.add(plainUnit("quote\"id&<>", "ß ñ ë é « » „ “", "ß", TranslationState::Final));
        const Catalog reread = Catalog::parse(catalog.write(), "whitespace.xlf");
        CHECK(reread.write() == catalog.write());
        CHECK(reread.find("spaces")->source() == "  two leading, two trailing  ");
        CHECK(reread.find("spaces")->target() == std::optional<std::string>(" \t"));
        CHECK(reread.find("lines")->source() == "first\nsecond\r\nthird");
        CHECK(reread.find("markup")->source() == "<b>&amp;</b> ]]> \"'");
        CHECK(reread.find("markup")->target() == std::optional<std::string>("a < b > c & d"));
        REQUIRE(reread.find("quote\"id&<>") != nullptr);
        CHECK(reread.find("quote\"id&<>")->source() == "ß ñ ë é « » „ “");
    }
}

TEST_CASE("write() refuses control characters that XML cannot hold", "[i18n][unit]") {
    Catalog catalog = Catalog::parse(Catalog("en", "nl").write(), "nl.xlf");
    catalog.add(plainUnit("bell", std::string("ring\x07")));
    try {
        (void)catalog.write();
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(std::string(error.what()) ==
              "nl.xlf: error: unit 'bell' holds the control character U+0007, which an XML "
              "file cannot hold");
    }
}

TEST_CASE("Units are added, replaced and removed by id", "[i18n][unit]") {
    Catalog catalog("en", "es");
    catalog.add(plainUnit("a", "A"));
    catalog.add(plainUnit("b", "B"));
    catalog.add(plainUnit("c", "C"));
    CHECK_THROWS_AS(catalog.add(plainUnit("b", "again")), std::invalid_argument);
    CHECK_THROWS_AS(catalog.add(plainUnit("", "no id")), std::invalid_argument);
    CHECK_THROWS_AS(catalog.add(plainUnit("x[1]", "looks plural")), std::invalid_argument);
    CHECK_THROWS_AS(catalog.add(plainUnit("e", "E", std::string())), std::invalid_argument);
    TranslationUnit twoForms = plainUnit("d", "D");
    twoForms.forms.push_back({"DD", std::nullopt});
    CHECK_THROWS_AS(catalog.add(twoForms), std::invalid_argument);

    catalog.set(plainUnit("b", "B2", "Be", TranslationState::Translated));
    CHECK(catalog.size() == 3);
    CHECK(catalog.units()[1].source() == "B2");
    CHECK(catalog.remove("a"));
    CHECK_FALSE(catalog.remove("a"));
    REQUIRE(catalog.find("c") != nullptr);
    CHECK(catalog.find("c")->source() == "C");
    CHECK(catalog.find("b")->target() == std::optional<std::string>("Be"));
    catalog.set(plainUnit("z", "Z"));
    CHECK(catalog.units().back().id == "z");
    catalog.clear();
    CHECK(catalog.size() == 0);
    CHECK(catalog.find("z") == nullptr);
}

TEST_CASE("Catalogs load only from inside the content root", "[i18n][unit]") {
    try {
        Catalog::load(data(), "../levels/missing.xlf");
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.diagnostic().file == "../levels/missing.xlf");
    }
    CHECK_THROWS_AS(Catalog::load(data(), "locales/fr/ui.xlf"), Error);
}
