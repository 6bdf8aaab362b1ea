// progress.json as a player lives with it: completions survive a restart, the best result
// is kept, a damaged file is kept aside (and the previous copy used), and a file from a
// newer game is never touched.

#include "RunProgram.hpp"

#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/io/FileReader.hpp>
#include <game/progress/ProgressStore.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace respect;
namespace fs = std::filesystem;
using game::ProgressStatus;
using respect::test::TemporaryFolder;

namespace {

std::string bytesOf(const fs::path& file) {
    return engine::io::readFileLimited(file);
}

/// Collects log lines so the tests stay quiet and can check what was reported.
struct LogCapture {
    std::vector<std::string> lines;
    engine::log::ScopedSink sink{
        [this](engine::log::Level, const std::string& message) { lines.push_back(message); }};
};

} // namespace

TEST_CASE("Progress is saved as versioned JSON and survives a restart", "[progress][unit]") {
    const TemporaryFolder folder;
    const game::ProgressStore store(folder / "share" / "respect");
    CHECK(store.file() == folder / "share" / "respect" / "progress.json");

    auto first = store.load();
    CHECK(first.status == ProgressStatus::Empty);
    CHECK(first.message.empty());
    CHECK(first.progress.levels.empty());

    const auto record =
        store.recordCompletion(first.progress, "first-day", {{"language", 3}, {"age", -1}});
    CHECK(record.saved);
    CHECK(record.newBest);
    CHECK(record.message.empty());

    const auto json = nlohmann::json::parse(bytesOf(store.file()));
    CHECK(json.at("version") == 1);
    const auto& level = json.at("levels").at("first-day");
    CHECK(level.at("completed") == true);
    CHECK(level.at("timesCompleted") == 1);
    CHECK(level.at("best").at("total") == 2);
    CHECK(level.at("best").at("scores").at("language") == 3);
    // ISO 8601 UTC, e.g. 2024-05-01T09:30:00Z
    const std::string last = level.at("lastCompleted");
    CHECK(last.size() == 20);
    CHECK(last.back() == 'Z');

    const auto again = store.load();
    CHECK(again.status == ProgressStatus::Loaded);
    CHECK(again.warnings.empty());
    const auto* loaded = again.progress.find("first-day");
    REQUIRE(loaded);
    CHECK(loaded->completed);
    CHECK(loaded->lastCompleted == last);
    REQUIRE(loaded->best);
    CHECK(loaded->best->scores == std::map<std::string, int>{{"language", 3}, {"age", -1}});
}

TEST_CASE("A worse play does not replace the best result, and the count goes on",
          "[progress][unit]") {
    const TemporaryFolder folder;
    const game::ProgressStore store(folder.path());
    auto progress = store.load().progress;
    CHECK(store.recordCompletion(progress, "first-day", {{"language", 4}}).newBest);
    CHECK_FALSE(store.recordCompletion(progress, "first-day", {{"language", -2}}).newBest);
    CHECK_FALSE(store.recordCompletion(progress, "first-day", {{"language", 4}}).newBest);

    const auto loaded = store.load();
    const auto* level = loaded.progress.find("first-day");
    REQUIRE(level);
    CHECK(level->timesCompleted == 3);
    REQUIRE(level->best);
    CHECK(level->best->total == 4);
    // The previous generation stays beside it.
    CHECK(fs::exists(fs::path(store.file()).concat(".bak")));
}

TEST_CASE("A damaged progress file is kept aside and never overwritten", "[progress][unit]") {
    const TemporaryFolder folder;
    const game::ProgressStore store(folder.path());
    LogCapture log;
    const std::string damaged = "{\"version\": 1, \"levels\": {\"first-day\": {\"comp";
    folder.write("progress.json", damaged);

    auto result = store.load();
    CHECK(result.status == ProgressStatus::Corrupt);
    CHECK(result.progress.levels.empty());
    CHECK_FALSE(result.restoredFromBackup);
    CHECK(result.brokenFile == folder / "progress.json.broken");
    CHECK(result.message.rfind(store.file().string() + ": the progress could not be read (", 0) ==
          0);
    CHECK(result.message.find("it was kept as " + result.brokenFile.string()) != std::string::npos);
    CHECK(result.message.find("the game goes on with no completed scenario") != std::string::npos);
    CHECK(log.lines == std::vector<std::string>{result.message});
    CHECK(bytesOf(result.brokenFile) == damaged);
    CHECK_FALSE(fs::exists(store.file()));

    // Playing on writes a fresh file; the damaged one stays where it was put.
    CHECK(store.recordCompletion(result.progress, "first-day", {}).saved);
    CHECK(store.load().status == ProgressStatus::Loaded);
    CHECK(bytesOf(result.brokenFile) == damaged);

    // A file damaged behind the game's back is moved aside by the next write too, so the
    // good previous generation stays the .bak instead of the damaged file.
    CHECK(store.recordCompletion(result.progress, "first-day", {}).saved);
    const std::string previous = bytesOf(store.file());
    CHECK(store.recordCompletion(result.progress, "first-day", {}).saved);
    CHECK(bytesOf(folder / "progress.json.bak") == previous);
    folder.write("progress.json", "\x01\x02 not json");
    CHECK(store.recordCompletion(result.progress, "second-day", {}).saved);
    CHECK(bytesOf(folder / "progress.json.broken.1") == "\x01\x02 not json");
    CHECK(bytesOf(folder / "progress.json.bak") == previous);
    CHECK(store.load().progress.find("first-day")->timesCompleted == 3);
}

TEST_CASE("A damaged progress file falls back to the previous copy when that one is good",
          "[progress][unit]") {
    const TemporaryFolder folder;
    const game::ProgressStore store(folder.path());
    LogCapture log;
    auto progress = store.load().progress;
    store.recordCompletion(progress, "first-day", {{"language", 1}});
    store.recordCompletion(progress, "second-day", {{"language", 1}});
    folder.write("progress.json", "");

    const auto result = store.load();
    CHECK(result.status == ProgressStatus::Corrupt);
    CHECK(result.restoredFromBackup);
    CHECK(result.progress.isCompleted("first-day"));
    CHECK_FALSE(result.progress.isCompleted("second-day"));
    CHECK(result.message.find("the file is empty") != std::string::npos);
    CHECK(result.message.find("the game goes on with the previous copy, " +
                              (folder / "progress.json.bak").string()) != std::string::npos);
}

TEST_CASE("A progress file from a newer game is left untouched, even by later completions",
          "[progress][unit]") {
    const TemporaryFolder folder;
    const game::ProgressStore store(folder.path());
    LogCapture log;
    const std::string newer = R"({"version": 7, "levels": {}, "achievements": []})";
    folder.write("progress.json", newer);

    auto result = store.load();
    CHECK(result.status == ProgressStatus::NewerVersion);
    CHECK(result.formatVersion == 7);
    CHECK(result.progress.levels.empty());
    CHECK(result.message == store.file().string() +
                                ": this progress was written by a newer version of the game "
                                "(progress format 7; this game reads format 1 and older); it was "
                                "left untouched and progress made now will not be saved over it");

    // The player plays on: the completion counts for this session but is not written.
    const auto record = store.recordCompletion(result.progress, "first-day", {{"language", 1}});
    CHECK_FALSE(record.saved);
    CHECK(record.message == store.file().string() +
                                ": the progress file was written by a newer version of the game "
                                "(progress format 7); it was left untouched and this progress "
                                "was not saved");
    CHECK(result.progress.isCompleted("first-day"));
    CHECK_THROWS_AS(store.save(result.progress), engine::Error);
    CHECK(bytesOf(store.file()) == newer);
    CHECK_FALSE(fs::exists(folder / "progress.json.bak"));
    CHECK_FALSE(fs::exists(folder / "progress.json.broken"));
}

TEST_CASE("Odd entries in a progress file are dropped with warnings; the rest is kept",
          "[progress][unit]") {
    const TemporaryFolder folder;
    const game::ProgressStore store(folder.path());
    LogCapture log;
    folder.write("progress.json", R"({"version": 1, "levels": {
        "first-day": {"completed": true, "timesCompleted": 2, "lastCompleted": "2024-05-01T09:30:00Z",
                      "best": {"total": 99, "scores": {"language": 2, "age": "lots"}}},
        "Bad Id": {"completed": true},
        "second-day": [1, 2],
        "third-day": {"timesCompleted": 1.5, "completed": "yes"},
        "fourth-day": {"timesCompleted": 3}
    }})");
    const auto result = store.load();
    CHECK(result.status == ProgressStatus::Loaded);
    const auto* first = result.progress.find("first-day");
    REQUIRE(first);
    CHECK(first->timesCompleted == 2);
    REQUIRE(first->best);
    // The total is the sum of the scores by definition; an edited total is not believed.
    CHECK(first->best->total == 2);
    CHECK_FALSE(result.progress.find("Bad Id"));
    CHECK_FALSE(result.progress.find("second-day"));
    CHECK_FALSE(result.progress.isCompleted("third-day"));
    // Completed at least once means completed.
    CHECK(result.progress.isCompleted("fourth-day"));
    const std::string prefix = store.file().string() + ": warning: ";
    CHECK(result.warnings ==
          std::vector<std::string>{
              prefix + "'Bad Id' is not a level id; its progress was ignored",
              prefix + "level 'first-day': score 'age' should be a whole number; it was ignored",
              prefix + "level 'second-day' should be an object; its progress was ignored",
              prefix + "level 'third-day': 'completed' should be true or false; it was ignored",
              prefix + "level 'third-day': 'timesCompleted' should be a whole number; it was "
                       "ignored",
          });
    CHECK(log.lines == result.warnings);
}

TEST_CASE("Progress files that are not progress are damaged", "[progress][unit]") {
    const auto statusOf = [](const std::string& text) {
        return game::ProgressStore::decode(text, "progress.json").status;
    };
    CHECK(statusOf("[]") == ProgressStatus::Corrupt);
    CHECK(statusOf(R"({"levels": {}})") == ProgressStatus::Corrupt);
    CHECK(statusOf(R"({"version": "1"})") == ProgressStatus::Corrupt);
    CHECK(statusOf(R"({"version": 0})") == ProgressStatus::Corrupt);
    CHECK(statusOf(R"({"version": 1, "levels": []})") == ProgressStatus::Corrupt);
    CHECK(statusOf(R"({"version": 1})") == ProgressStatus::Loaded);
    CHECK(statusOf(R"({"version": 18446744073709551615})") == ProgressStatus::NewerVersion);
    CHECK(statusOf(R"({"version": 1.5})") == ProgressStatus::Corrupt);
}

TEST_CASE("A completion that cannot be written is reported and the old file kept",
          "[progress][unit]") {
    if (!fs::exists("/dev/full")) {
        WARN("no /dev/full on this system");
        return;
    }
    const TemporaryFolder folder;
    const game::ProgressStore store(folder.path());
    LogCapture log;
    auto progress = store.load().progress;
    REQUIRE(store.recordCompletion(progress, "first-day", {}).saved);
    const std::string before = bytesOf(store.file());
    fs::create_symlink("/dev/full", fs::path(store.file()).concat(".tmp"));
    const auto record = store.recordCompletion(progress, "second-day", {});
    CHECK_FALSE(record.saved);
    CHECK(record.message.rfind(store.file().string() + ": ", 0) == 0);
    CHECK(progress.isCompleted("second-day"));
    CHECK(bytesOf(store.file()) == before);
}
