// The shipped translations: every catalog complete in fr, nl, de and es, readable by the
// translators' own tools, and used by the game.

#include "RunProgram.hpp"

#include <engine/i18n/Translator.hpp>
#include <engine/io/ContentRoot.hpp>
#include <game/i18n/CatalogCheck.hpp>
#include <game/i18n/ContentTexts.hpp>
#include <game/level/LevelFiles.hpp>

#include <catch2/catch.hpp>

#include <iterator>
#include <sstream>
#include <vector>

using respect::test::runCommand;
using respect::test::runRespect;
using respect::test::TemporaryFolder;
namespace fs = std::filesystem;
using namespace respect;

namespace {

const fs::path kData = RESPECT_SOURCE_DIR;
const std::vector<std::string> kLanguages = {"de", "es", "fr", "nl"};

} // namespace

TEST_CASE("Every shipped language has every text translated and up to date", "[content][i18n]") {
    engine::DiagnosticList diagnostics;
    const auto reports = game::checkCatalogs(kData, diagnostics);
    INFO(diagnostics.formatAll());
    CHECK(diagnostics.empty()); // readable, right language, placeholders kept
    std::vector<std::string> languages;
    for (const auto& report : reports) {
        INFO(game::formatLanguageReport(report));
        languages.push_back(report.language);
        CHECK(report.total.missing == 0);
        CHECK(report.total.stale == 0);
        // ui, the Diversity Code, and one catalog per scenario
        CHECK(report.catalogs.size() == 2 + game::scenarioFiles(kData).size());
    }
    CHECK(languages == kLanguages);
}

TEST_CASE("translate-toolkit reads every shipped catalog and counts it complete",
          "[content][i18n]") {
    if (runCommand("command -v xliff2po && command -v pocount").exitCode != 0) {
        WARN("translate-toolkit is not installed (tools/test installs it); skipping");
        return;
    }
    const TemporaryFolder folder;
    int files = 0;
    for (const auto& language : kLanguages) {
        for (const auto& entry : fs::directory_iterator(kData / "locales" / language)) {
            const fs::path po = folder / (language + "-" + entry.path().stem().string() + ".po");
            const auto convert = runCommand("xliff2po --progress=none -i '" +
                                            entry.path().string() + "' -o '" + po.string() + "'");
            INFO(entry.path().string() << "\n" << convert.output);
            REQUIRE(convert.exitCode == 0);
            const auto count =
                runCommand("pocount --short-strings --no-color '" + po.string() + "'");
            INFO(count.output);
            REQUIRE(count.exitCode == 0);
            // "...: total: 123 | 123t 0f 0u | 100.0%t 0.0%f 0.0%u" (separated by tabs)
            std::istringstream words(count.output.substr(count.output.rfind('|') + 1));
            const std::vector<std::string> shares{std::istream_iterator<std::string>(words), {}};
            CHECK(shares == std::vector<std::string>{"100.0%t", "0.0%f", "0.0%u"});
            ++files;
        }
    }
    CHECK(files >= 4 * 4);
}

TEST_CASE("respect run --lang plays a scenario in each language", "[content][i18n]") {
    const engine::io::ContentRoot content(kData);
    const std::string id = "dutch-customer/start#line-2";
    const std::string english =
        "Your counter is French-speaking. Your school Dutch is rusty, but it is there.";
    for (const auto& language : kLanguages) {
        const auto translator = engine::i18n::Translator::load(
            content, game::levelCatalogPattern("sample-first-day"), language);
        const std::string expected = translator.translate(id, english);
        INFO(language);
        CHECK(expected != english);
        const auto run = runRespect("run '" + (kData / "levels/sample-first-day.xml").string() +
                                    "' --lang " + language + " --choose 1,1,2,1,1,1");
        INFO(run.output);
        CHECK(run.output.find(expected) != std::string::npos);
        CHECK(run.output.find(english) == std::string::npos);
    }
}
