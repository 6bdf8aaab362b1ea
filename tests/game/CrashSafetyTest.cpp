// The real game, as a player runs it, against the two ways a save can die: the process is
// killed (power cut, crash, kill -9) at random moments while it plays and saves, and the
// file system is full. A valid save must always remain and the player must be told.
// docs/reliability.md keeps the figures these print. RESPECT_KILLS sets the number of kills
// (300 by default).

#include "RunProgram.hpp"

#include <engine/io/FileReader.hpp>
#include <game/progress/SaveStore.hpp>

#include <catch2/catch.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

using namespace respect;
namespace fs = std::filesystem;

namespace {

const std::string kScripts = std::string(RESPECT_TEST_DATA_DIR) + "/scripts/";

/// Starts the game headless as the player whose files are under `home`, playing the first
/// scenario (Play, walk, talk, choose: autosaves on the way); its output is discarded.
pid_t startGame(const fs::path& home) {
    const pid_t child = ::fork();
    if (child == 0) {
        ::setenv("XDG_DATA_HOME", (home / "data").c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", (home / "config").c_str(), 1);
        ::setenv("ALSOFT_DRIVERS", "null", 1);
        if (std::freopen("/dev/null", "w", stdout) == nullptr ||
            std::freopen("/dev/null", "w", stderr) == nullptr) {
            ::_exit(126);
        }
        const std::string script = kScripts + "play-first-scenario.txt";
        ::execl(RESPECT_EXECUTABLE, "respect", "--headless", "--frames", "400", "--input-script",
                script.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return child;
}

int killCount() {
    const char* wanted = std::getenv("RESPECT_KILLS");
    return wanted != nullptr ? std::max(1, std::atoi(wanted)) : 300;
}

} // namespace

TEST_CASE("The game killed at random moments while it plays and saves leaves a valid save",
          "[save][crash]") {
    const test::TemporaryFolder home;
    const game::SaveStore saves(home / "data/respect/saves");

    // One whole run, to spread the kills over its length.
    const auto begin = std::chrono::steady_clock::now();
    const pid_t first = startGame(home.path());
    REQUIRE(first > 0);
    int status = 0;
    REQUIRE(::waitpid(first, &status, 0) == first);
    REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    const auto runMicroseconds = std::chrono::duration_cast<std::chrono::microseconds>(
                                     std::chrono::steady_clock::now() - begin)
                                     .count();
    REQUIRE(saves.read(game::SaveStore::kAutosave).status == game::SaveStatus::Ok);

    std::mt19937 rng(20261123u);
    std::uniform_int_distribution<long> delay(0, runMicroseconds * 3 / 4);
    const int wanted = killCount();
    int kills = 0;
    int finishedFirst = 0; // the run ended before its kill came
    int midWrite = 0;      // a temporary file was left: the kill landed inside a save
    int fromBackup = 0;    // the save was damaged, its previous generation was good
    int losses = 0;
    for (int attempt = 0; kills < wanted && attempt < 3 * wanted; ++attempt) {
        const pid_t game = startGame(home.path());
        REQUIRE(game > 0);
        ::usleep(static_cast<useconds_t>(delay(rng)));
        ::kill(game, SIGKILL);
        REQUIRE(::waitpid(game, &status, 0) == game);
        if (WIFSIGNALED(status)) {
            ++kills;
        } else {
            REQUIRE(WEXITSTATUS(status) == 0);
            ++finishedFirst;
        }
        midWrite += fs::exists(saves.fileFor(game::SaveStore::kAutosave).concat(".tmp")) ? 1 : 0;
        if (saves.read(game::SaveStore::kAutosave).status == game::SaveStatus::Ok) {
            continue;
        }
        if (saves.readBackup(game::SaveStore::kAutosave).status == game::SaveStatus::Ok) {
            ++fromBackup;
        } else {
            ++losses;
        }
    }
    std::printf("real game kill loop: %d kills (+%d runs that ended first) over runs of %.0f ms, "
                "%d kills inside a save, %d damaged saves restored from .bak, %d losses\n",
                kills, finishedFirst, static_cast<double>(runMicroseconds) / 1000.0, midWrite,
                fromBackup, losses);
    CHECK(kills == wanted);
    CHECK(losses == 0);
    CHECK(fromBackup == 0); // the autosave itself is never damaged
}

TEST_CASE("On a full file system the game keeps the previous save and says why",
          "[save][disk-full]") {
    // A 256 KiB tmpfs in a private mount namespace (unshare: no root needed).
    if (test::runCommand("unshare -rm true").exitCode != 0) {
        WARN("unshare -rm is not allowed here: no private tmpfs");
        return;
    }
    const test::TemporaryFolder home;
    fs::create_directories(home / "out");
    const std::string q = "'" + home.path().string() + "'";
    const std::string game = std::string("ALSOFT_DRIVERS=null XDG_DATA_HOME=") + q +
                             "/data XDG_CONFIG_HOME=" + q + "/config '" + RESPECT_EXECUTABLE +
                             "' --headless ";
    const auto result = test::runCommand(
        "unshare -rm sh -c \"set -e; mkdir -p " + q + "/data; mount -t tmpfs -o size=256k tmpfs " +
        q + "/data; " + game + "--frames 180 --input-script '" + kScripts +
        "play-first-scenario.txt' >/dev/null 2>&1; cp " + q + "/data/respect/saves/autosave.json " +
        q + "/out/before.json; dd if=/dev/zero of=" + q +
        "/data/filler bs=4096 2>/dev/null || true; " + game + "--input-script '" + kScripts +
        "continue-to-encounter-end.txt' >" + q + "/out/second.log 2>&1 || echo crashed >>" + q +
        "/out/second.log; cp " + q + "/data/respect/saves/autosave.json " + q +
        "/out/after.json; df -k " + q + "/data | tail -1 >" + q + "/out/df\"");
    INFO(result.output);
    REQUIRE(result.exitCode == 0);
    const std::string log = engine::io::readFileLimited(home / "out/second.log");
    INFO(log);
    std::printf("disk full: %s", engine::io::readFileLimited(home / "out/df").c_str());
    CHECK(log.find("crashed") == std::string::npos);
    CHECK(log.find("autosave.json: error: cannot write: No space left on device") !=
          std::string::npos);
    const std::string before = engine::io::readFileLimited(home / "out/before.json");
    CHECK(engine::io::readFileLimited(home / "out/after.json") == before);
    CHECK(game::SaveStore::decode(before, "before.json").status == game::SaveStatus::Ok);
}
