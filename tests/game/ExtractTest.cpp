// `respect extract` and what translators and players see when a scenario changes: stable
// catalogs, translations never lost, a changed line marked stale and shown in its new
// source words until it is translated again.

#include "RunProgram.hpp"

#include <engine/io/FileReader.hpp>
#include <game/level/LevelFiles.hpp>

#include <catch2/catch.hpp>

#include <fstream>

using respect::test::runRespect;
using respect::test::TemporaryFolder;
namespace fs = std::filesystem;

namespace {

/// A copy of the game's data (assets, levels, locales) that a test may change.
struct DataCopy {
    TemporaryFolder folder;
    DataCopy() {
        for (const char* part : {"assets", "levels", "locales"}) {
            fs::copy(fs::path(RESPECT_SOURCE_DIR) / part, folder / part,
                     fs::copy_options::recursive);
        }
    }
    std::string data() const { return "--data '" + folder.path().string() + "'"; }
    std::string read(const std::string& relative) const {
        return respect::engine::io::readFileLimited(folder / relative);
    }
    void write(const std::string& relative, const std::string& text) const {
        std::ofstream(folder / relative, std::ios::trunc) << text;
    }
    void replace(const std::string& relative, const std::string& from, const std::string& to) {
        std::string text = read(relative);
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        write(relative, text);
    }
};

const std::string kLine =
    "Your counter is French-speaking. Your school Dutch is rusty, but it is there.";
const std::string kEdited = "Your counter is French-speaking, and your Dutch is rusty.";

/// Marks the unit `id` of a catalog translated as `target` (as a translator's tool would).
void translateUnit(DataCopy& copy, const std::string& relative, const std::string& id,
                   const std::string& target) {
    const std::string start = "<trans-unit id=\"" + id + "\" xml:space=\"preserve\">";
    std::string text = copy.read(relative);
    const auto at = text.find(start);
    REQUIRE(at != std::string::npos);
    text.replace(at, start.size(),
                 "<trans-unit id=\"" + id + "\" approved=\"yes\" xml:space=\"preserve\">");
    const std::string empty = "<target state=\"needs-translation\"/>";
    const auto targetAt = text.find(empty, at);
    REQUIRE(targetAt != std::string::npos);
    text.replace(targetAt, empty.size(), "<target state=\"final\">" + target + "</target>");
    copy.write(relative, text);
}

} // namespace

TEST_CASE("extract writes every catalog, and running it again changes nothing", "[i18n][cli]") {
    DataCopy copy;
    fs::remove_all(copy.folder / "locales");
    const auto first = runRespect("extract --lang fr,nl " + copy.data());
    INFO(first.output);
    REQUIRE(first.exitCode == 0);
    CHECK(first.output.find("locales/fr/ui.xlf: ") != std::string::npos);
    CHECK(first.output.find("locales/nl/sample-first-day.xlf: ") != std::string::npos);
    CHECK(first.output.find("locales/nl/diversity-code.xlf: ") != std::string::npos);
    const std::string catalog = copy.read("locales/fr/sample-first-day.xlf");
    CHECK(catalog.find("<source>" + kLine + "</source>") != std::string::npos);
    CHECK(catalog.find("<target state=\"needs-translation\"/>") != std::string::npos);
    CHECK(catalog.find("Narration (second person, describing the scene)") != std::string::npos);

    const auto second = runRespect("extract --lang fr,nl " + copy.data());
    REQUIRE(second.exitCode == 0);
    CHECK(second.output.find(" added") != std::string::npos);
    CHECK(second.output.find("0 added, 0 changed, 0 removed") != std::string::npos);
    std::size_t unchanged = 0;
    for (std::size_t at = 0; (at = second.output.find("(unchanged)", at)) != std::string::npos;
         ++at) {
        ++unchanged;
    }
    // 2 languages × (ui, the code, every scenario): byte-identical files
    CHECK(unchanged == 2 * (2 + respect::game::scenarioFiles(copy.folder.path()).size()));
    CHECK(copy.read("locales/fr/sample-first-day.xlf") == catalog);
}

TEST_CASE("An edited line keeps its translation for review and the game shows the new words",
          "[i18n][cli]") {
    DataCopy copy;
    fs::remove_all(copy.folder / "locales");
    REQUIRE(runRespect("extract --lang fr " + copy.data()).exitCode == 0);
    const std::string id = "dutch-customer/start#line-2";
    const std::string french = "Votre guichet est francophone. Votre néerlandais scolaire est "
                               "rouillé, mais il est là.";
    translateUnit(copy, "locales/fr/sample-first-day.xlf", id, french);
    const std::string choose = " --choose 1,1,1,1,1,1 --lang fr " + copy.data();
    const std::string level =
        "run '" + (copy.folder / "levels/sample-first-day.xml").string() + "'";
    const auto translated = runRespect(level + choose);
    INFO(translated.output);
    CHECK(translated.output.find(french) != std::string::npos);

    // The author rewrites the line; extract keeps the old translation and marks it stale.
    copy.replace("levels/sample-first-day.xml", kLine, kEdited);
    const auto update = runRespect("extract --lang fr " + copy.data());
    INFO(update.output);
    CHECK(update.output.find("locales/fr/sample-first-day.xlf: 0 added, 1 changed, 0 removed") !=
          std::string::npos);
    const std::string catalog = copy.read("locales/fr/sample-first-day.xlf");
    CHECK(catalog.find("<source>" + kEdited + "</source>") != std::string::npos);
    CHECK(catalog.find("state=\"needs-review-translation\">" + french) != std::string::npos);
    CHECK(catalog.find("<note from=\"previous-source\">" + kLine + "</note>") != std::string::npos);

    // The game does not show a translation of words that are no longer there.
    const auto stale = runRespect(level + choose);
    INFO(stale.output);
    CHECK(stale.output.find(kEdited) != std::string::npos);
    CHECK(stale.output.find(french) == std::string::npos);
    const auto check = runRespect("check " + copy.data());
    CHECK(check.output.find("locales/fr/sample-first-day.xlf: 0 translated, 90 missing, 1 stale") !=
          std::string::npos);
}

TEST_CASE("A broken catalog is reported with its line and never overwritten", "[i18n][cli]") {
    DataCopy copy;
    fs::create_directories(copy.folder / "locales" / "fr");
    const std::string broken = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n  <file>\n";
    copy.write("locales/fr/ui.xlf", broken);
    const auto extract = runRespect("extract --lang fr " + copy.data());
    CHECK(extract.exitCode == 1);
    CHECK(extract.output.find("locales/fr/ui.xlf:") != std::string::npos);
    CHECK(copy.read("locales/fr/ui.xlf") == broken);
    const auto check = runRespect("check " + copy.data());
    CHECK(check.exitCode == 1);
    CHECK(check.output.find("locales/fr/ui.xlf:") != std::string::npos);
}
