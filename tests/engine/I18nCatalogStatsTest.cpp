// CatalogStats: how complete a catalog is.
#include <engine/i18n/CatalogStats.hpp>

#include <catch2/catch.hpp>

using respect::engine::io::ContentRoot;
using namespace respect::engine::i18n;

TEST_CASE("Stats count translated, stale and missing units", "[i18n][unit]") {
    const ContentRoot root(RESPECT_TEST_DATA_DIR "/i18n");
    const CatalogStats counts = stats(Catalog::load(root, "realistic-fr.xlf"));
    // title, say-1, welcome, wrapped, minutes are translated; choice-1 waits for review;
    // sign has no target and question-1 only a draft in state new.
    CHECK(counts.total == 8);
    CHECK(counts.translated == 5);
    CHECK(counts.stale == 1);
    CHECK(counts.missing == 2);
    CHECK(counts.percentTranslated() == Approx(62.5));

    const CatalogStats empty = stats(Catalog("en", "fr"));
    CHECK(empty.total == 0);
    CHECK(empty.percentTranslated() == Approx(100.0));
}
