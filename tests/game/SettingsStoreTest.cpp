#include "RunProgram.hpp"

#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/io/FileReader.hpp>
#include <game/progress/SettingsStore.hpp>

#include <catch2/catch.hpp>

using namespace respect;
namespace fs = std::filesystem;
using game::SettingsStatus;

TEST_CASE("Settings are saved and loaded from the configuration folder", "[settings][unit]") {
    const test::TemporaryFolder folder;
    const game::SettingsStore store(folder / "config" / "respect");

    const auto first = store.load();
    CHECK(first.status == SettingsStatus::Defaults);
    CHECK(first.settings == game::Settings());
    CHECK_FALSE(fs::exists(store.file()));

    game::Settings changed;
    changed.textScalePercent = 150;
    changed.font = game::FontChoice::Atkinson;
    store.save(changed);
    const auto loaded = store.load();
    CHECK(loaded.status == SettingsStatus::Loaded);
    CHECK(loaded.settings == changed);
    CHECK(loaded.warnings.empty());

    changed.musicVolume = 10;
    store.save(changed);
    CHECK(store.load().settings.musicVolume == 10);
    CHECK(fs::exists(fs::path(store.file()).concat(".bak")));
}

TEST_CASE("A corrupt settings file is kept aside and the game starts with defaults",
          "[settings][unit]") {
    const test::TemporaryFolder folder;
    const game::SettingsStore store(folder.path());
    std::vector<std::string> logged;
    engine::log::ScopedSink sink(
        [&](engine::log::Level, const std::string& message) { logged.push_back(message); });

    const std::string broken = "{\"textScale\": 150, \"font\": ";
    folder.write("settings.json", broken);
    const auto result = store.load();
    CHECK(result.status == SettingsStatus::Corrupt);
    CHECK(result.settings == game::Settings());
    CHECK(result.brokenFile == folder / "settings.json.broken");
    CHECK(result.message.find(store.file().string() + ": the settings could not be read (") == 0);
    CHECK(result.message.find("kept the file as " + result.brokenFile.string()) !=
          std::string::npos);
    CHECK(logged == std::vector<std::string>{result.message});
    CHECK_FALSE(fs::exists(store.file()));
    CHECK(engine::io::readFileLimited(result.brokenFile) == broken);

    // The next start finds no file: defaults, quietly. A second broken file keeps the first.
    CHECK(store.load().status == SettingsStatus::Defaults);
    folder.write("settings.json", "[]");
    const auto again = store.load();
    CHECK(again.status == SettingsStatus::Corrupt);
    CHECK(again.brokenFile == folder / "settings.json.broken.1");
    CHECK(engine::io::readFileLimited(folder / "settings.json.broken") == broken);

    // Saving after that writes a fresh file.
    store.save(game::Settings());
    CHECK(store.load().status == SettingsStatus::Loaded);
}

TEST_CASE("A settings file with odd values loads with warnings, not as corrupt",
          "[settings][unit]") {
    const test::TemporaryFolder folder;
    const game::SettingsStore store(folder.path());
    engine::log::ScopedSink quiet([](engine::log::Level, const std::string&) {});
    folder.write("settings.json", R"({"masterVolume": 300, "somethingNew": {"a": 1}})");
    const auto result = store.load();
    CHECK(result.status == SettingsStatus::Loaded);
    CHECK(result.settings.masterVolume == 100);
    CHECK(result.warnings.size() == 1);
}

TEST_CASE("Saving settings to a full disk throws and keeps the old file", "[settings][unit]") {
    if (!fs::exists("/dev/full")) {
        WARN("no /dev/full on this system");
        return;
    }
    const test::TemporaryFolder folder;
    const game::SettingsStore store(folder.path());
    game::Settings settings;
    settings.language = "nl";
    store.save(settings);
    fs::create_symlink("/dev/full", fs::path(store.file()).concat(".tmp"));
    settings.language = "fr";
    CHECK_THROWS_AS(store.save(settings), engine::Error);
    CHECK(store.load().settings.language == "nl");
}
