#include "RunProgram.hpp"

#include <engine/core/Error.hpp>
#include <engine/core/Log.hpp>
#include <engine/io/FileReader.hpp>
#include <game/progress/SaveStore.hpp>

#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <random>

using namespace respect;
namespace fs = std::filesystem;
using game::SaveStatus;

namespace {

game::SaveGame saveWithTrust(int trust) {
    game::SaveGame save;
    save.gameVersion = "0.1.0";
    save.levelId = "first-day";
    save.levelFile = "levels/first-day.xml";
    save.dialogue.nodeId = "counter/start";
    save.dialogue.state = engine::dialogue::RunnerState::AwaitingChoice;
    save.dialogue.variables = {{"trust", trust}};
    save.dialogue.visits = {{"counter/start", 1}};
    save.scores = {{"language", trust}};
    save.encounters = {{"counter", "", {}, {}}};
    save.currentEncounter = "counter";
    save.timestamp = "2024-05-01T09:30:00Z";
    return save;
}

std::string bytesOf(const fs::path& file) {
    return engine::io::readFileLimited(file);
}

int trustOf(const game::SaveReadResult& result) {
    REQUIRE(result.save);
    return static_cast<int>(result.save->dialogue.variables.at("trust").asInt());
}

} // namespace

TEST_CASE("Save slots: names, a missing slot, a written slot and its backup", "[save][unit]") {
    const test::TemporaryFolder folder;
    const game::SaveStore store(folder / "deeper" / "saves");
    CHECK(game::SaveStore::slotNames() ==
          std::vector<std::string>{"autosave", "slot-1", "slot-2", "slot-3"});
    CHECK_THROWS_AS(store.read("../escape"), engine::Error);
    CHECK_THROWS_AS(store.write("slot-4", saveWithTrust(1)), engine::Error);

    const auto missing = store.read("slot-1");
    CHECK(missing.status == SaveStatus::Missing);
    CHECK_FALSE(missing.backupAvailable);

    store.write("slot-1", saveWithTrust(1));
    struct stat info {};
    REQUIRE(::stat((folder / "deeper" / "saves").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    const auto first = store.read("slot-1");
    REQUIRE(first.status == SaveStatus::Ok);
    CHECK(first.message.empty());
    CHECK(first.save->slot == "slot-1");
    CHECK(trustOf(first) == 1);
    CHECK(store.readBackup("slot-1").status == SaveStatus::Missing);

    store.write("slot-1", saveWithTrust(2));
    CHECK(trustOf(store.read("slot-1")) == 2);
    CHECK(trustOf(store.readBackup("slot-1")) == 1); // the previous generation

    const auto slots = store.listSlots();
    REQUIRE(slots.size() == 4);
    CHECK(slots[0].slot == "autosave");
    CHECK(slots[0].read.status == SaveStatus::Missing);
    CHECK(slots[1].read.status == SaveStatus::Ok);
    CHECK(slots[3].read.status == SaveStatus::Missing);
}

TEST_CASE("Saving what is already on disk writes nothing and keeps the older backup",
          "[save][unit]") {
    const test::TemporaryFolder folder;
    const game::SaveStore store(folder.path());
    store.write("autosave", saveWithTrust(1));
    store.write("autosave", saveWithTrust(2));
    const fs::path file = folder / "autosave.json";
    struct stat before {};
    REQUIRE(::stat(file.c_str(), &before) == 0);

    store.write("autosave", saveWithTrust(2)); // the same save again
    struct stat after {};
    REQUIRE(::stat(file.c_str(), &after) == 0);
    CHECK(after.st_ino == before.st_ino); // not replaced by a new file
    CHECK(trustOf(store.read("autosave")) == 2);
    CHECK(trustOf(store.readBackup("autosave")) == 1); // still the previous generation

    // A changed file on disk (edited, damaged) is written over as before.
    { std::ofstream(file, std::ios::app) << ' '; }
    store.write("autosave", saveWithTrust(2));
    CHECK(bytesOf(file).back() != ' ');
    store.write("autosave", saveWithTrust(3));
    CHECK(trustOf(store.read("autosave")) == 3);
}

TEST_CASE("A damaged save is reported with its file name and the backup is offered, not used",
          "[save][unit]") {
    const test::TemporaryFolder folder;
    const game::SaveStore store(folder.path());
    store.write("autosave", saveWithTrust(1));
    store.write("autosave", saveWithTrust(2));
    const fs::path file = store.fileFor("autosave");
    const std::string good = bytesOf(file);

    SECTION("truncated") {
        folder.write("autosave.json", good.substr(0, good.size() / 2));
        const auto damaged = bytesOf(file);
        const auto result = store.read("autosave");
        CHECK(result.status == SaveStatus::Corrupt);
        CHECK_FALSE(result.save);
        CHECK(result.message.find(file.string() + ": damaged save: not valid JSON") == 0);
        CHECK(result.backupAvailable);
        CHECK(result.message.find("autosave.json.bak is intact") != std::string::npos);
        CHECK(bytesOf(file) == damaged); // reading repairs nothing
        const auto backup = store.readBackup("autosave");
        REQUIRE(backup.status == SaveStatus::Ok);
        CHECK(trustOf(backup) == 1);
        CHECK(bytesOf(file) == damaged);

        // Saving again keeps the damaged file aside and the good backup as the backup.
        std::vector<std::string> logged;
        engine::log::ScopedSink sink(
            [&](engine::log::Level, const std::string& message) { logged.push_back(message); });
        store.write("autosave", saveWithTrust(3));
        CHECK(logged == std::vector<std::string>{file.string() + ": damaged save kept as " +
                                                 file.string() + ".broken"});
        CHECK(trustOf(store.read("autosave")) == 3);
        CHECK(trustOf(store.readBackup("autosave")) == 1);
        CHECK(bytesOf(fs::path(file).concat(".broken")) == damaged);
    }
    SECTION("empty") {
        folder.write("autosave.json", "");
        const auto result = store.read("autosave");
        CHECK(result.status == SaveStatus::Corrupt);
        CHECK(result.message.find("the file is empty") != std::string::npos);
    }
    SECTION("a changed value under the old checksum") {
        std::string edited = good;
        const std::string from = "\"language\": 2";
        REQUIRE(edited.find(from) != std::string::npos);
        edited.replace(edited.find(from), from.size(), "\"language\": 9");
        folder.write("autosave.json", edited);
        const auto result = store.read("autosave");
        CHECK(result.status == SaveStatus::Corrupt);
        CHECK(result.message.find(file.string() + ": damaged save: the checksum does not match") ==
              0);
        CHECK(result.backupAvailable);
    }
    SECTION("damaged with a damaged backup") {
        folder.write("autosave.json", "{");
        folder.write("autosave.json.bak", "}");
        const auto result = store.read("autosave");
        CHECK(result.status == SaveStatus::Corrupt);
        CHECK_FALSE(result.backupAvailable);
        CHECK(store.readBackup("autosave").status == SaveStatus::Corrupt);
    }
    SECTION("not a regular file") {
        fs::remove(file);
        fs::create_directory(file);
        CHECK(store.read("autosave").status == SaveStatus::Corrupt);
        CHECK(store.read("autosave").backupAvailable);
    }
}

TEST_CASE("A save from a newer game is refused and left untouched", "[save][unit]") {
    const test::TemporaryFolder folder;
    const game::SaveStore store(folder.path());
    std::string text = saveWithTrust(1).toJson();
    const std::string from = "\"formatVersion\": 1";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "\"formatVersion\": 2, \"newThing\": [1]");
    const auto file = folder.write("slot-3.json", text);

    const auto result = store.read("slot-3");
    CHECK(result.status == SaveStatus::NewerVersion);
    CHECK(result.formatVersion == 2);
    CHECK_FALSE(result.save);
    CHECK(result.message == file.string() +
                                ": this save was written by a newer version of the game (save "
                                "format 2; this game reads format 1 and older); it was left "
                                "untouched");
    CHECK(store.listSlots()[3].read.status == SaveStatus::NewerVersion);
    CHECK(bytesOf(file) == text);
    CHECK_FALSE(fs::exists(fs::path(file).concat(".bak")));

    folder.write("slot-2.json", "{\"formatVersion\": 18446744073709551615}");
    CHECK(store.read("slot-2").status == SaveStatus::NewerVersion);
}

TEST_CASE("A full disk makes the save fail loudly and keeps the previous save", "[save][unit]") {
    if (!fs::exists("/dev/full")) {
        WARN("no /dev/full on this system");
        return;
    }
    const test::TemporaryFolder folder;
    const game::SaveStore store(folder.path());
    store.write("slot-1", saveWithTrust(1));
    const fs::path file = store.fileFor("slot-1");
    const std::string before = bytesOf(file);
    // writeFileAtomically writes `<target>.tmp`: make that the full device.
    fs::create_symlink("/dev/full", fs::path(file).concat(".tmp"));

    try {
        store.write("slot-1", saveWithTrust(2));
        FAIL("the write to a full disk did not throw");
    } catch (const engine::Error& error) {
        CHECK(error.diagnostic().file == file.string());
        CHECK(std::string(error.what()).find("No space left on device") != std::string::npos);
    }
    CHECK(bytesOf(file) == before);
    CHECK(trustOf(store.read("slot-1")) == 1);
    CHECK_FALSE(fs::exists(fs::symlink_status(fs::path(file).concat(".tmp"))));
    CHECK_FALSE(fs::exists(fs::path(file).concat(".bak")));
}

TEST_CASE("Saves survive SIGKILL at random moments while being written", "[save][slow]") {
    const test::TemporaryFolder folder;
    const game::SaveStore store(folder.path());
    // A save of a realistic size (~150 KiB) so kills land inside writes, not only between.
    game::SaveGame save = saveWithTrust(0);
    for (int i = 0; i < 3000; ++i) {
        save.dialogue.visits.emplace("encounter-" + std::to_string(i) + "/node", i + 1);
    }
    store.write("autosave", save);

    std::mt19937 rng(20240501u);
    std::uniform_int_distribution<int> delayMicroseconds(200, 40000);
    const int iterations = 150;
    int corruptPrimaries = 0;
    int fromBackup = 0;
    int losses = 0;
    int killedMidWrite = 0; // a temporary file was left behind
    long generations = 0;   // complete saves the children managed before being killed
    for (int iteration = 0; iteration < iterations; ++iteration) {
        int started[2];
        REQUIRE(::pipe(started) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            // The child writes generation after generation until it is killed, and says
            // when it has begun, so a busy machine cannot make the kill land before it runs.
            ::close(started[0]);
            game::SaveGame next = save;
            for (int generation = 1;; ++generation) {
                next.dialogue.variables["trust"] = iteration * 100000 + generation;
                try {
                    store.write("autosave", next);
                } catch (...) {
                    ::_exit(3);
                }
                if (generation == 1 && ::write(started[1], "x", 1) != 1) {
                    ::_exit(4);
                }
            }
        }
        ::close(started[1]);
        char byte = 0;
        REQUIRE(::read(started[0], &byte, 1) == 1);
        ::close(started[0]);
        ::usleep(static_cast<useconds_t>(delayMicroseconds(rng)));
        ::kill(child, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        REQUIRE(WIFSIGNALED(status)); // killed, not failed

        killedMidWrite += fs::exists(store.fileFor("autosave").concat(".tmp")) ? 1 : 0;
        const auto primary = store.read("autosave");
        if (primary.status == SaveStatus::Ok) {
            const int trust = trustOf(primary);
            generations += trust >= iteration * 100000 ? trust - iteration * 100000 : 0;
            CHECK(primary.save->dialogue.visits.size() == save.dialogue.visits.size());
            continue;
        }
        ++corruptPrimaries;
        if (store.readBackup("autosave").status == SaveStatus::Ok) {
            ++fromBackup;
        } else {
            ++losses;
        }
    }
    std::printf("kill loop: %d iterations, %d killed mid-write, %d corrupt primaries, "
                "%d restored from .bak, %d losses, %ld saves completed\n",
                iterations, killedMidWrite, corruptPrimaries, fromBackup, losses, generations);
    CHECK(losses == 0);
    CHECK(corruptPrimaries == 0);
    CHECK(killedMidWrite > 0); // the test really interrupted writes
}
