// Sending records to a Learning Record Store: `respect send` against a stand-in LRS on
// 127.0.0.1 (tests/tools/lrs-stub.py) started by the test. Statements arrive; with the
// LRS down they wait and arrive once it is back; a refused statement is reported once and
// not sent again; wrong credentials keep everything waiting.

#include "RunProgram.hpp"

#include <engine/io/FileReader.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

using namespace respect;
using test::runCommand;
using test::runRespect;
namespace fs = std::filesystem;

namespace {

const fs::path kData = RESPECT_SOURCE_DIR;
const std::string kSample = (kData / "levels" / "sample-first-day.xml").string();
const std::string kStub = (kData / "tests" / "tools" / "lrs-stub.py").string();

/// The stand-in LRS as a child process, stopped when this goes out of scope.
class StubLrs {
public:
    StubLrs(const fs::path& folder, int port = 0, const std::string& refuse = {}) {
        const auto portFile = folder / "port";
        fs::remove(portFile);
        const auto started = runCommand(
            "python3 '" + kStub + "' --port " + std::to_string(port) + " --port-file '" +
            portFile.string() + "' --store '" + (folder / "stored.jsonl").string() + "'" +
            (refuse.empty() ? "" : " --refuse '" + refuse + "'") + " > /dev/null 2>&1 & echo $!");
        REQUIRE(started.exitCode == 0);
        pid_ = std::stoi(started.output);
        for (int i = 0; i < 100 && !fs::exists(portFile); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        REQUIRE(fs::exists(portFile));
        port_ = std::stoi(engine::io::readFileLimited(portFile));
    }
    ~StubLrs() { stop(); }
    StubLrs(const StubLrs&) = delete;
    StubLrs& operator=(const StubLrs&) = delete;

    void stop() {
        if (pid_ > 0) {
            ::kill(pid_, SIGTERM);
            runCommand("while kill -0 " + std::to_string(pid_) +
                       " 2>/dev/null; do sleep 0.05; done");
            pid_ = 0;
        }
    }
    int port() const { return port_; }
    std::string endpoint() const { return "http://127.0.0.1:" + std::to_string(port_) + "/xapi"; }

private:
    int pid_ = 0;
    int port_ = 0;
};

std::vector<std::string> storedIds(const fs::path& file) {
    std::vector<std::string> ids;
    if (!fs::exists(file)) {
        return ids;
    }
    std::istringstream lines(engine::io::readFileLimited(file));
    std::string line;
    while (std::getline(lines, line)) {
        ids.push_back(nlohmann::json::parse(line).at("id").get<std::string>());
    }
    return ids;
}

void play(const fs::path& records, const std::string& who = {}) {
    const auto result = runRespect("run '" + kSample + "' --choose 1,1,1,1,1 --records '" +
                                   records.string() + "' " + who);
    INFO(result.output);
    REQUIRE(result.exitCode == 0);
}

test::ProgramResult send(const fs::path& records, const std::string& endpoint,
                         const std::string& password = "secret") {
    return runCommand("RESPECT_LRS_PASSWORD='" + password + "' '" + RESPECT_EXECUTABLE +
                      "' send '" + records.string() + "' --lrs " + endpoint + " --user key");
}

} // namespace

TEST_CASE("Statements reach the LRS, wait while it is down and arrive once it is back",
          "[records][lrs]") {
    if (runCommand("command -v python3").exitCode != 0) {
        WARN("python3 is missing: the stand-in LRS cannot run");
        return;
    }
    const test::TemporaryFolder folder;
    const auto records = folder / "records";
    const auto stored = folder / "stored.jsonl";
    play(records);
    play(records);

    auto lrs = std::make_unique<StubLrs>(folder.path());
    const std::string endpoint = lrs->endpoint();
    auto result = send(records, endpoint);
    INFO(result.output);
    CHECK(result.exitCode == 0);
    CHECK(result.output.find(endpoint + ": 16 sent, 0 refused, 0 waiting") != std::string::npos);
    CHECK(storedIds(stored).size() == 16);

    // Wrong credentials: nothing is dropped, everything waits.
    play(records);
    result = send(records, endpoint, "wrong");
    CHECK(result.exitCode == 1);
    CHECK(result.output.find("HTTP 401") != std::string::npos);
    CHECK(result.output.find("0 sent, 0 refused, 8 waiting") != std::string::npos);

    // The LRS goes down: the new statements wait on disk.
    const int port = lrs->port();
    lrs.reset();
    result = send(records, endpoint);
    CHECK(result.exitCode == 1);
    CHECK(result.output.find("could not take the records") != std::string::npos);
    CHECK(result.output.find("0 sent, 0 refused, 8 waiting") != std::string::npos);

    // Back on the same address: they arrive, and nothing arrives twice.
    lrs = std::make_unique<StubLrs>(folder.path(), port);
    result = send(records, endpoint);
    CHECK(result.exitCode == 0);
    CHECK(result.output.find("8 sent, 0 refused, 0 waiting") != std::string::npos);
    const auto ids = storedIds(stored);
    CHECK(ids.size() == 24);
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 24);
    CHECK(send(records, endpoint).output.find("0 sent, 0 refused, 0 waiting") != std::string::npos);
}

TEST_CASE("A statement the LRS refuses is reported once, not sent forever", "[records][lrs]") {
    if (runCommand("command -v python3").exitCode != 0) {
        WARN("python3 is missing: the stand-in LRS cannot run");
        return;
    }
    const test::TemporaryFolder folder;
    const auto records = folder / "records";
    play(records, "--player 'Ann Peeters'");
    play(records, "--player 'Refuse Me'");
    const StubLrs lrs(folder.path(), 0, "Refuse Me");
    auto result = send(records, lrs.endpoint());
    INFO(result.output);
    CHECK(result.exitCode == 1);
    CHECK(result.output.find("8 sent, 8 refused, 0 waiting") != std::string::npos);
    CHECK(result.output.find("refused statement ") != std::string::npos);
    CHECK(result.output.find("(HTTP 400: ") != std::string::npos);
    CHECK(storedIds(folder / "stored.jsonl").size() == 8);
    const auto state =
        nlohmann::json::parse(engine::io::readFileLimited(records / "lrs-delivery.json"));
    CHECK(state["endpoints"][lrs.endpoint()]["refused"].size() == 8);

    result = send(records, lrs.endpoint());
    CHECK(result.exitCode == 0);
    CHECK(result.output.find("0 sent, 0 refused, 0 waiting") != std::string::npos);
}

TEST_CASE("A damaged delivery record is reported and left as it is; nothing is sent",
          "[records][lrs]") {
    const test::TemporaryFolder folder;
    const auto records = folder / "records";
    play(records);
    fs::create_directories(records);
    const std::string damaged = "{\"version\": 1, \"endpoints\": {\"http://x";
    std::ofstream(records / "lrs-delivery.json") << damaged;
    const auto result = send(records, "http://127.0.0.1:9/xapi");
    INFO(result.output);
    CHECK(result.exitCode == 2);
    CHECK(result.output.find((records / "lrs-delivery.json").string() + ": error: damaged") !=
          std::string::npos);
    CHECK(result.output.find("nothing was sent") != std::string::npos);
    CHECK(engine::io::readFileLimited(records / "lrs-delivery.json") == damaged);
}
