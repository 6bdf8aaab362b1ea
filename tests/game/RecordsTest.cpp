// Completion records for onboarding: `respect run LEVEL --choose ... --records DIR` writes
// what the game writes at the end of a scenario (xAPI statements, HR's CSV, completions
// and the certificate), so HR's files can be produced and checked without a window.

#include "RunProgram.hpp"

#include <engine/io/FileReader.hpp>
#include <game/records/HrCsv.hpp>
#include <game/records/Uuid.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

using namespace respect;
using test::runCommand;
using test::runRespect;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

const fs::path kData = RESPECT_SOURCE_DIR;
const std::string kSample = (kData / "levels" / "sample-first-day.xml").string();
const std::string kPlayerId = "0b7e2c9a-4f1d-4c3e-9a8b-5d6e7f809a1b";

std::string read(const fs::path& file) {
    return engine::io::readFileLimited(file);
}

std::vector<Json> statementsIn(const fs::path& folder) {
    std::vector<Json> statements;
    std::istringstream lines(read(folder / "xapi-statements.jsonl"));
    std::string line;
    while (std::getline(lines, line)) {
        statements.push_back(Json::parse(line));
    }
    return statements;
}

std::string recordRun(const fs::path& folder, const std::string& level, const std::string& choose,
                      const std::string& who) {
    const auto result = runRespect("run '" + level + "' --choose " + choose + " --records '" +
                                   folder.string() + "' " + who);
    INFO(result.output);
    REQUIRE(result.exitCode == 0);
    return result.output;
}

/// The path recorded in docs/playthroughs for `levelId`: "respectful" or "poor".
std::string recordedChoices(const std::string& levelId, const std::string& kind) {
    const std::string text = read(kData / "docs" / "playthroughs" / (levelId + "-" + kind + ".md"));
    const std::string mark = "--choose ";
    const auto at = text.find(mark);
    REQUIRE(at != std::string::npos);
    return text.substr(at + mark.size(), text.find('`', at) - at - mark.size());
}

const std::vector<std::string> kCampaign = {
    "sample-first-day", "accessible-counter", "names-and-pronouns",      "training-day",
    "name-on-the-cv",   "online-only",        "a-family-like-any-other", "fasting-month"};

} // namespace

TEST_CASE("A CSV cell that a spreadsheet would run as a formula is kept as text",
          "[records][csv][unit]") {
    CHECK(game::csvCell("=HYPERLINK(\"http://x\",\"y\")") ==
          "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    CHECK(game::csvCell("+32 2 555 01 01") == "'+32 2 555 01 01");
    CHECK(game::csvCell("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0");
    CHECK(game::csvCell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(game::csvCell("\tTab") == "'\tTab");
    CHECK(game::csvCell("-4") == "-4"); // a score, not a formula
    CHECK(game::csvCell("Ann, HR") == "\"Ann, HR\"");
    CHECK(game::csvCell("Ann") == "Ann");
    CHECK(game::csvRow({"a", "b,c"}) == "a,\"b,c\"\r\n");
}

TEST_CASE("respect run --records writes the statements, HR's list and the certificate",
          "[records][cli]") {
    const test::TemporaryFolder folder;
    const auto output = recordRun(folder.path(), kSample, "1,1,1,1,1",
                                  "--player 'Ann Peeters' --email ann.peeters@example.org");
    CHECK(output.find("== scores: language +2 social-status +4 disability +2") !=
          std::string::npos);

    const std::string base = "https://respect.invalid/xapi/scenarios/sample-first-day";
    const auto statements = statementsIn(folder.path());
    REQUIRE(statements.size() == 8); // initialized, a selected per choice, completed, terminated
    std::vector<std::string> verbs;
    std::set<std::string> ids;
    for (const auto& statement : statements) {
        verbs.push_back(statement["verb"]["display"]["en-US"]);
        ids.insert(statement["id"].get<std::string>());
        CHECK(game::isUuid(statement["id"].get<std::string>()));
        CHECK(statement["context"]["registration"] == statements[0]["context"]["registration"]);
        CHECK(statement["actor"]["mbox"] == "mailto:ann.peeters@example.org");
        CHECK(statement["actor"]["name"] == "Ann Peeters");
    }
    CHECK(ids.size() == statements.size());
    CHECK(verbs == std::vector<std::string>{"initialized", "selected", "selected", "selected",
                                            "selected", "selected", "completed", "terminated"});
    CHECK(statements[0]["object"]["id"] == base);
    CHECK(statements[0]["object"]["definition"]["name"]["en"] == "First morning at the counter");
    const auto& choice = statements[1];
    CHECK(choice["verb"]["id"] == "https://w3id.org/xapi/adb/verbs/selected");
    CHECK(choice["object"]["id"] == base + "/encounters/dutch-customer/nodes/start");
    CHECK(choice["result"]["response"] == "dutch-customer/start#choice-1");
    CHECK(choice["result"]["score"]["raw"] == 2);
    CHECK(choice["context"]["contextActivities"]["grouping"][0]["id"] == base);
    const auto& completed = statements[6];
    CHECK(completed["object"]["id"] == base);
    CHECK(completed["result"]["score"]["raw"] == 8);
    CHECK(completed["result"]["success"] == true);
    CHECK(completed["result"]["completion"] == true);
    CHECK(completed["result"]["duration"] == "PT0S");
    CHECK(completed["result"]["extensions"]["https://respect.invalid/xapi/extensions/scores"]
                   ["language"] == 2);

    const std::string csv = read(folder / "completions.csv");
    CHECK(csv.rfind("completed_at,name,email,player_id,scenario_id,scenario,language,duration,"
                    "score,success,respectful,awkward,hurtful,neutral,registration\r\n",
                    0) == 0);
    CHECK(csv.find(",Ann Peeters,ann.peeters@example.org,") != std::string::npos);
    CHECK(csv.find(",sample-first-day,First morning at the counter,en,PT0S,8,yes,3,0,0,0," +
                   statements[0]["context"]["registration"].get<std::string>() + "\r\n") !=
          std::string::npos);

    const std::string certificate = read(folder / "certificate.html");
    CHECK(certificate.find("<h1>Training record</h1>") != std::string::npos);
    CHECK(certificate.find("Ann Peeters has completed 1 of the 8 scenarios of Respect at work.") !=
          std::string::npos);
    CHECK(certificate.find("<td>First morning at the counter</td><td>20") != std::string::npos);
    CHECK(certificate.find("<td>Lunch at noon</td><td>Not yet</td>") != std::string::npos);
}

TEST_CASE("Anonymous records name no one, in the language played", "[records][cli]") {
    const test::TemporaryFolder folder;
    recordRun(folder.path(), kSample, recordedChoices("sample-first-day", "poor"),
              "--player-id " + kPlayerId + " --lang fr");
    const auto statements = statementsIn(folder.path());
    REQUIRE_FALSE(statements.empty());
    for (const auto& statement : statements) {
        const auto& actor = statement["actor"];
        CHECK(actor["account"]["homePage"] == "https://respect.invalid/xapi");
        CHECK(actor["account"]["name"] == kPlayerId);
        CHECK_FALSE(actor.contains("name"));
        CHECK_FALSE(actor.contains("mbox"));
        CHECK(statement["context"]["language"] == "fr");
    }
    CHECK(statements[0]["object"]["definition"]["name"]["fr"] == "Première matinée au guichet");
    CHECK(statements[statements.size() - 2]["result"]["success"] == false); // a hurtful ending
    const std::string csv = read(folder / "completions.csv");
    CHECK(csv.find(",,," + kPlayerId + ",sample-first-day,Première matinée au guichet,fr,") !=
          std::string::npos);
    const std::string certificate = read(folder / "certificate.html");
    CHECK(certificate.find("<html lang=\"fr\">") != std::string::npos);
    CHECK(certificate.find("Une personne anonyme a terminé 1 des 8 scénarios") !=
          std::string::npos);
}

TEST_CASE("A player named like a formula reaches HR's spreadsheet as text", "[records][csv]") {
    const test::TemporaryFolder folder;
    recordRun(folder.path(), kSample, "1,1,1,1,1",
              "--player '=HYPERLINK(\"http://evil.example\",\"Click\")' --email x@example.org");
    const std::string csv = read(folder / "completions.csv");
    CHECK(csv.find(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",x@example.org,") !=
          std::string::npos);
    const std::string certificate = read(folder / "certificate.html");
    CHECK(certificate.find("=HYPERLINK(&quot;http://evil.example&quot;") != std::string::npos);
    CHECK(certificate.find("<a ") == std::string::npos);
}

TEST_CASE("Every scenario finished: the records grow and the certificate is awarded",
          "[records][cli]") {
    const test::TemporaryFolder folder;
    std::size_t expected = 0;
    for (const auto& id : kCampaign) {
        INFO(id);
        recordRun(folder.path(), (kData / "levels" / (id + ".xml")).string(),
                  recordedChoices(id, "respectful"), "--player-id " + kPlayerId);
        const auto statements = statementsIn(folder.path());
        CHECK(statements.size() > expected); // appended, never replaced
        expected = statements.size();
    }
    std::set<std::string> ids;
    for (const auto& statement : statementsIn(folder.path())) {
        ids.insert(statement["id"].get<std::string>());
    }
    CHECK(ids.size() == expected);
    const std::string csv = read(folder / "completions.csv");
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 9); // the header and a row per scenario
    const std::string certificate = read(folder / "certificate.html");
    CHECK(certificate.find("<h1>Certificate of completion</h1>") != std::string::npos);
    CHECK(certificate.find("An anonymous player has completed every scenario of Respect at "
                           "work.") != std::string::npos);
    CHECK(certificate.find("Not yet") == std::string::npos);
}

TEST_CASE("A damaged completion list is reported and left as it is", "[records][cli]") {
    const test::TemporaryFolder folder;
    const auto list = folder.write("completions.json", "{\"version\": 1, \"completions\": [");
    const auto result = runRespect("run '" + kSample + "' --choose 1,1,1,1,1 --records '" +
                                   folder.path().string() + "'");
    INFO(result.output);
    CHECK(result.exitCode == 2);
    CHECK(result.output.find(list.string() + ": error: damaged") != std::string::npos);
    CHECK(read(list) == "{\"version\": 1, \"completions\": [");
    CHECK(statementsIn(folder.path()).size() == 8); // the statements themselves are kept
}

TEST_CASE("Every statement the game writes passes Learning Locker's xAPI validator",
          "[records][xapi]") {
    const fs::path modules = fs::path(RESPECT_BINARY_DIR) / "node" / "node_modules";
    if (runCommand("command -v node").exitCode != 0 || !fs::exists(modules / "xapi-validation")) {
        WARN("node or the npm package xapi-validation is missing (tools/test installs it): "
             "validation skipped");
        return;
    }
    const test::TemporaryFolder named;
    const test::TemporaryFolder anonymous;
    for (const auto& id : kCampaign) {
        const std::string level = (kData / "levels" / (id + ".xml")).string();
        recordRun(named.path(), level, recordedChoices(id, "respectful"),
                  "--player 'Ann Peeters' --email ann@example.org --lang nl");
        recordRun(anonymous.path(), level, recordedChoices(id, "respectful"),
                  "--player-id " + kPlayerId);
    }
    const auto result = runCommand("NODE_PATH='" + modules.string() + "' node '" +
                                   (kData / "tests" / "tools" / "validate-xapi.js").string() +
                                   "' '" + (named / "xapi-statements.jsonl").string() + "' '" +
                                   (anonymous / "xapi-statements.jsonl").string() + "'");
    INFO(result.output);
    CHECK(result.exitCode == 0);
    CHECK(result.output.find(" statements, 0 problems") != std::string::npos);
}
