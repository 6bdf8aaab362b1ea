// Catalogs written by the engine are read by translate-toolkit (when it is installed).
#include "RunProgram.hpp"

#include <engine/i18n/Catalog.hpp>
#include <engine/io/FileReader.hpp>

#include <catch2/catch.hpp>

using namespace respect::engine::i18n;

TEST_CASE("xliff2po converts a written catalog", "[i18n][unit]") {
    if (respect::test::runCommand("command -v xliff2po").exitCode != 0) {
        WARN("xliff2po (translate-toolkit) is not installed; skipping");
        return;
    }
    Catalog catalog("en", "fr", "levels/first-day.xml");
    TranslationUnit title;
    title.id = "title";
    title.forms.push_back({"First day & more", "Premier jour & plus"});
    title.state = TranslationState::Final;
    title.approved = true;
    title.notes.push_back({"developer", "Scenario card title."});
    catalog.add(title);
    TranslationUnit review;
    review.id = "review";
    review.forms.push_back({"Goodbye, see you!", "Au revoir"});
    review.state = TranslationState::NeedsReviewTranslation;
    catalog.add(review);
    TranslationUnit todo;
    todo.id = "todo";
    todo.forms.push_back({"„Straße“ « ñ »", std::nullopt});
    todo.state = TranslationState::NeedsTranslation;
    catalog.add(todo);
    TranslationUnit minutes;
    minutes.id = "minutes";
    minutes.plural = true;
    minutes.forms = {{"{n} minute left", "{n} minute restante"},
                     {"{n} minutes left", "{n} minutes restantes"}};
    minutes.state = TranslationState::Translated;
    minutes.approved = true;
    catalog.add(minutes);

    const respect::test::TemporaryFolder folder;
    const auto xlf = folder.write("fr.xlf", catalog.write());
    const auto po = folder / "fr.po";
    const auto run = respect::test::runCommand("xliff2po --progress=none -i '" + xlf.string() +
                                               "' -o '" + po.string() + "' 2>&1");
    INFO(run.output);
    REQUIRE(run.exitCode == 0);
    const std::string text = respect::engine::io::readFileLimited(po);
    INFO(text);
    CHECK(text.find("msgid \"First day & more\"\nmsgstr \"Premier jour & plus\"") !=
          std::string::npos);
    CHECK(text.find("#. Scenario card title.") != std::string::npos);
    // Not approved: translate-toolkit marks it fuzzy.
    CHECK(text.find("#, fuzzy\nmsgid \"Goodbye, see you!\"\nmsgstr \"Au revoir\"") !=
          std::string::npos);
    CHECK(text.find("msgid \"„Straße“ « ñ »\"\nmsgstr \"\"") != std::string::npos);
    // xliff2po reads plain XLIFF: each plural form becomes an entry named after its unit.
    CHECK(text.find("#: minutes[0]\nmsgid \"{n} minute left\"\nmsgstr \"{n} minute restante\"") !=
          std::string::npos);
    CHECK(text.find("#: minutes[1]\nmsgid \"{n} minutes left\"\nmsgstr \"{n} minutes "
                    "restantes\"") != std::string::npos);

    // translate-toolkit's gettext flavour of XLIFF (what Weblate uses for plurals) sees one
    // approved plural unit. Its Python is the one xliff2po runs with.
    const auto script = folder.write("plural.py", R"(import sys
from translate.storage import poxliff
store = poxliff.PoXliffFile.parsefile(sys.argv[1])
for unit in store.units:
    if unit.getid().endswith("minutes"):
        print(unit.hasplural(), unit.isfuzzy(), unit.istranslated(), [str(s) for s in unit.target.strings])
)");
    const auto plural =
        respect::test::runCommand("\"$(sed -n '1s/^#!//p' \"$(command -v xliff2po)\")\" '" +
                                  script.string() + "' '" + xlf.string() + "' 2>&1");
    INFO(plural.output);
    REQUIRE(plural.exitCode == 0);
    CHECK(plural.output == "True False True ['{n} minute restante', '{n} minutes restantes']\n");
}
