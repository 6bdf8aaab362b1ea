// mergeCatalog: bringing a catalog in line with new source texts without losing translations.
#include <engine/i18n/CatalogMerge.hpp>
#include <engine/i18n/CatalogStats.hpp>
#include <engine/i18n/Translator.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace respect::engine::i18n;
using Note = TranslationUnit::Note;

namespace {

TranslationUnit unit(std::string id, std::string source, std::optional<std::string> target,
                     TranslationState state) {
    TranslationUnit u;
    u.id = std::move(id);
    u.forms.push_back({std::move(source), std::move(target)});
    u.state = state;
    return u;
}

Catalog frenchCatalog() {
    Catalog catalog("en", "fr", "levels/first-day.xml");
    TranslationUnit hello = unit("hello", "Hello", "Bonjour", TranslationState::Final);
    hello.approved = true;
    hello.notes = {{"developer", "Said by the visitor."}, {"translator", "Formal."}};
    catalog.add(hello);
    catalog.add(unit("bye", "Goodbye", "Au revoir", TranslationState::Translated));
    catalog.add(unit("gone", "Old line", "Vieille ligne", TranslationState::Translated));
    catalog.add(unit("draftless", "Wait", std::nullopt, TranslationState::NeedsTranslation));
    TranslationUnit apples;
    apples.id = "apples";
    apples.plural = true;
    apples.forms = {{"{n} apple", "{n} pomme"}, {"{n} apples", "{n} pommes"}};
    apples.state = TranslationState::Translated;
    catalog.add(apples);
    return catalog;
}

std::vector<std::string> idsOf(const Catalog& catalog) {
    std::vector<std::string> ids;
    for (const TranslationUnit& u : catalog.units()) {
        ids.push_back(u.id);
    }
    return ids;
}

} // namespace

SCENARIO("Merging new sources into a translated catalog", "[i18n][unit]") {
    GIVEN("a French catalog and the sources as they are now") {
        Catalog catalog = frenchCatalog();
        const std::vector<SourceText> sources{
            {"welcome", {"Welcome, {name}!"}, false, {{"developer", "Title screen."}}},
            {"hello", {"Hello"}, false, {{"developer", "Said by the clerk."}}},
            {"bye", {"Goodbye, see you!"}, false, {}},
            {"draftless", {"Please wait"}, false, {}},
            {"apples", {"{n} pear", "{n} pears"}, true, {}},
            {"points", {"{n} point", "{n} points"}, true, {}},
        };

        WHEN("they are merged") {
            const MergeStats result = mergeCatalog(catalog, sources);

            THEN("the counts say what happened") {
                CHECK(result.added == 2);
                CHECK(result.changed == 3);
                CHECK(result.removed == 1);
                CHECK(result.kept == 1);
            }
            THEN("units follow the sources' order and removed ids are gone") {
                CHECK(idsOf(catalog) == std::vector<std::string>{"welcome", "hello", "bye",
                                                                 "draftless", "apples", "points"});
                CHECK(catalog.find("gone") == nullptr);
                CHECK(catalog.sourceLanguage() == "en");
                CHECK(catalog.targetLanguage() == "fr");
                CHECK(catalog.original() == "levels/first-day.xml");
            }
            THEN("new ids wait for translation") {
                const TranslationUnit* welcome = catalog.find("welcome");
                REQUIRE(welcome != nullptr);
                CHECK(welcome->source() == "Welcome, {name}!");
                CHECK_FALSE(welcome->target().has_value());
                CHECK(welcome->state == TranslationState::NeedsTranslation);
                CHECK(welcome->notes == std::vector<Note>{{"developer", "Title screen."}});
                const TranslationUnit* points = catalog.find("points");
                REQUIRE(points != nullptr);
                CHECK(points->plural);
                REQUIRE(points->forms.size() == 2);
                CHECK(points->forms[1].source == "{n} points");
                CHECK_FALSE(points->forms[1].target.has_value());
            }
            THEN("an untouched translation is unchanged; developer notes follow the sources") {
                const TranslationUnit* hello = catalog.find("hello");
                REQUIRE(hello != nullptr);
                CHECK(hello->target() == std::optional<std::string>("Bonjour"));
                CHECK(hello->state == TranslationState::Final);
                CHECK(hello->approved);
                CHECK(hello->notes == std::vector<Note>{{"developer", "Said by the clerk."},
                                                        {"translator", "Formal."}});
            }
            THEN("a changed source keeps its target for review, with the old source in a note") {
                const TranslationUnit* bye = catalog.find("bye");
                REQUIRE(bye != nullptr);
                CHECK(bye->source() == "Goodbye, see you!");
                CHECK(bye->target() == std::optional<std::string>("Au revoir"));
                CHECK(bye->state == TranslationState::NeedsReviewTranslation);
                CHECK_FALSE(bye->approved);
                CHECK(bye->notes == std::vector<Note>{{"previous-source", "Goodbye"}});

                const TranslationUnit* apples = catalog.find("apples");
                REQUIRE(apples != nullptr);
                CHECK(apples->forms[0].source == "{n} pear");
                CHECK(apples->forms[1].source == "{n} pears");
                CHECK(apples->forms[0].target == std::optional<std::string>("{n} pomme"));
                CHECK(apples->forms[1].target == std::optional<std::string>("{n} pommes"));
                CHECK(apples->state == TranslationState::NeedsReviewTranslation);
                CHECK(apples->notes == std::vector<Note>{{"previous-source", "{n} apple"},
                                                         {"previous-source", "{n} apples"}});
            }
            THEN("a changed unit without a target just gets the new source") {
                const TranslationUnit* draftless = catalog.find("draftless");
                REQUIRE(draftless != nullptr);
                CHECK(draftless->source() == "Please wait");
                CHECK(draftless->state == TranslationState::NeedsTranslation);
                CHECK(draftless->notes.empty());
            }
            THEN("the translator shows the new sources until the review is done") {
                const Translator translator({catalog});
                CHECK(translator.translate("hello", "Hello") == "Bonjour");
                CHECK(translator.translate("bye", "Goodbye, see you!") == "Goodbye, see you!");
                CHECK(translator.translatePlural("apples", {"{n} pear", "{n} pears"}, 0) ==
                      "{n} pears");
            }
            THEN("the stats count the stale units") {
                const CatalogStats counts = stats(catalog);
                CHECK(counts.total == 6);
                CHECK(counts.translated == 1);
                CHECK(counts.stale == 2);
                CHECK(counts.missing == 3);
            }
            THEN("it survives writing and reading") {
                const Catalog reread = Catalog::parse(catalog.write(), "merged.xlf");
                CHECK(reread.write() == catalog.write());
                CHECK(reread.find("bye")->notes ==
                      std::vector<Note>{{"previous-source", "Goodbye"}});
            }

            AND_WHEN("the source changes again before anyone reviewed it") {
                std::vector<SourceText> again = sources;
                again[2].forms = {"Goodbye, and thanks!"};
                const MergeStats second = mergeCatalog(catalog, again);
                THEN("the note still names the source the target was written for") {
                    CHECK(second.changed == 1);
                    CHECK(second.kept == 5);
                    const TranslationUnit* bye = catalog.find("bye");
                    CHECK(bye->source() == "Goodbye, and thanks!");
                    CHECK(bye->target() == std::optional<std::string>("Au revoir"));
                    CHECK(bye->notes == std::vector<Note>{{"previous-source", "Goodbye"}});
                }
            }
            AND_WHEN("the same sources are merged again") {
                const std::string before = catalog.write();
                const MergeStats second = mergeCatalog(catalog, sources);
                THEN("nothing changes") {
                    CHECK(second.added == 0);
                    CHECK(second.changed == 0);
                    CHECK(second.removed == 0);
                    CHECK(second.kept == 6);
                    CHECK(catalog.write() == before);
                }
            }
        }
    }
}

TEST_CASE("No target is lost when a source changes shape", "[i18n][unit]") {
    Catalog catalog("en", "fr");
    catalog.add(unit("count", "One item", "Un article", TranslationState::Translated));
    const MergeStats result =
        mergeCatalog(catalog, {{"count", {"{n} item", "{n} items"}, true, {}}});
    CHECK(result.changed == 1);
    const TranslationUnit* count = catalog.find("count");
    REQUIRE(count != nullptr);
    CHECK(count->plural);
    REQUIRE(count->forms.size() == 2);
    CHECK(count->forms[0].target == std::optional<std::string>("Un article"));
    CHECK_FALSE(count->forms[1].target.has_value());
    CHECK(count->state == TranslationState::NeedsReviewTranslation);
    CHECK(count->notes == std::vector<Note>{{"previous-source", "One item"}});
}

TEST_CASE("Merging refuses ambiguous sources", "[i18n][unit]") {
    Catalog catalog("en", "fr");
    CHECK_THROWS_AS(mergeCatalog(catalog, {{"a", {"A"}, false, {}}, {"a", {"B"}, false, {}}}),
                    std::invalid_argument);
    CHECK_THROWS_AS(mergeCatalog(catalog, {{"", {"A"}, false, {}}}), std::invalid_argument);
    CHECK_THROWS_AS(mergeCatalog(catalog, {{"a", {}, false, {}}}), std::invalid_argument);
    CHECK_THROWS_AS(mergeCatalog(catalog, {{"a", {"A", "B"}, false, {}}}), std::invalid_argument);
    CHECK(catalog.size() == 0);
}
